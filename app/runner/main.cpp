#include "runnercommand.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    // As in coworking-server: read the local zone once instead of stat()ing it per conversion.
    if (qEnvironmentVariableIsEmpty("TZ"))
        qputenv("TZ", ":/etc/localtime");
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"coworking-runner"_s);
    QCoreApplication::setApplicationVersion(QString::fromUtf8(COWORKING_VERSION));
    return coworking::runRunnerCommandLine(QCoreApplication::arguments());
}
