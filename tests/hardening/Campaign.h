#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <functional>

// Shared parts of the hardening campaigns (tests/hardening). Each campaign is a Qt Test
// program with a SHORT mode (the default; CI runs it inside the normal suite) and a LONG
// mode (ROER_HARDENING=long, see run-campaigns) whose figures go into docs/reliability.md.
namespace Campaign {
bool isLong();
// `shortCount` normally, `longCount` in long mode; ROER_HARDENING_<NAME> overrides both.
int count(const char *name, int shortCount, int longCount);
// One line "FIGURE <campaign> <name> <value>" on stdout: run-campaigns collects them.
void figure(const QString &campaign, const QString &name, const QString &value);
void figure(const QString &campaign, const QString &name, qint64 value);

QString binaryDir();
QString roerCli();
QString sourceDir();

struct Run
{
    int exitCode = -1;
    bool finished = false; // false: still running at the deadline (then killed)
    QByteArray out;
    QByteArray err;
    qint64 elapsedMs = 0;
};
// Runs a program to its end (or kills it at timeoutMs), keeping the event loop running, so
// in-process D-Bus services (the scripted prompter) can answer meanwhile.
Run run(const QString &program, const QStringList &arguments, const QProcessEnvironment &env,
        int timeoutMs = 60000, const QByteArray &input = {});

// SHA-256 of each regular file under `directory` (relative path -> hex), for "unchanged".
QMap<QString, QByteArray> fileHashes(const QString &directory);
// Every regular file under the given directories (recursively), symlinks not followed.
QStringList filesUnder(const QStringList &directories);

// A needle and how it is written: plain UTF-8, UTF-16LE, UTF-16BE, base64 (three alignments).
struct Encoded
{
    QString label;
    QByteArray bytes;
};
QList<Encoded> encodings(const QByteArray &utf8);
// How often each encoding of `needle` occurs in `haystack`.
int countHits(const QByteArray &haystack, const QList<Encoded> &needles,
              QStringList *where = nullptr, const QString &name = {});
} // namespace Campaign
