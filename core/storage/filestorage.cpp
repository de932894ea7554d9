#include "filestorage.h"

#include <QCryptographicHash>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace coworking {

QString FileStorage::keyFor(const QByteArray &bytes, const QString &extension)
{
    const QByteArray hash = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
    return QString::fromLatin1(hash) + u'.' + extension;
}

bool FileStorage::isValidKey(const QString &key)
{
    // Anchored and without any character a path could use to escape ('/', '\\', '%', "..").
    static const QRegularExpression pattern(u"\\A[0-9a-f]{64}\\.(?:png|jpg|webp)\\z"_s);
    return key.size() <= 64 + 5 && pattern.match(key).hasMatch();
}

} // namespace coworking
