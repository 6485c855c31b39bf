#include "core/Bootstrap.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    Bootstrap::disableCoreDumps();
    QApplication app(argc, argv);
    return 0;
}
