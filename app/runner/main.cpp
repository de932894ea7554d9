#include "runner/runnercommand.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    // As in coworking-server: read the local zone once instead of stat()ing it per conversion.
    if (qEnvironmentVariableIsEmpty("TZ"))
        qputenv("TZ", ":/etc/localtime");
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("coworking-runner"));
    QCoreApplication::setApplicationVersion(QStringLiteral(COWORKING_VERSION));
    return coworking::runRunnerCommandLine(QCoreApplication::arguments());
}
