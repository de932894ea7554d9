#include "bookingcode.h"

#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace coworking::bookingcode {

QString generate()
{
    QString code(Length, Qt::Uninitialized);
    QRandomGenerator *random = QRandomGenerator::system();
    for (QChar &c : code)
        c = Alphabet.at(random->bounded(quint32(Alphabet.size())));
    return code;
}

bool isWellFormed(QStringView code)
{
    if (code.size() != Length)
        return false;
    for (const QChar c : code) {
        if (!Alphabet.contains(c))
            return false;
    }
    return true;
}

std::optional<QString> normalize(QStringView typed)
{
    QString code;
    code.reserve(Length);
    for (const QChar c : typed) {
        if (c.isSpace() || c == u'-')
            continue;
        // Anything else stays, so that a wrong character fails the check below.
        code.append(c.toUpper());
        if (code.size() > Length)
            return std::nullopt;
    }
    if (!isWellFormed(code))
        return std::nullopt;
    return code;
}

QString grouped(const QString &code)
{
    if (code.size() != Length)
        return code;
    return code.left(Length / 2) + u'-' + code.mid(Length / 2);
}

} // namespace coworking::bookingcode
