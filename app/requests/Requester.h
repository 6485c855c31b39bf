#pragma once

#include <QString>

// The customer's own details for letters, entered once and kept in the vault (table
// requester). Roer never sends them anywhere by itself; they only fill in the letters.
struct Requester
{
    QString name;
    QString address; // may have several lines
    QString email;

    bool isEmpty() const { return name.isEmpty() && address.isEmpty() && email.isEmpty(); }
};
