#include "commands.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    // With TZ unset, glibc stat()s /etc/localtime on every local-time conversion, and QtSql
    // converts each timestamp it reads through local time: about 1,000 stat() calls for one
    // 200-spot availability answer (a third of its CPU). ":/etc/localtime" names the same zone,
    // read once. The server itself works in UTC.
    if (qEnvironmentVariableIsEmpty("TZ"))
        qputenv("TZ", ":/etc/localtime");
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"coworking-server"_s);
    QCoreApplication::setApplicationVersion(QString::fromUtf8(COWORKING_VERSION));
    return coworking::runServerCommandLine(QCoreApplication::arguments());
}
