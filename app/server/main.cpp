#include "app/commands.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("coworking-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(COWORKING_VERSION));
    return coworking::runServerCommandLine(QCoreApplication::arguments());
}
