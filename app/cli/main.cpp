#include "core/Bootstrap.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    Bootstrap::disableCoreDumps();
    QCoreApplication app(argc, argv);
    return 0;
}
