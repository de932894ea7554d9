#include "localfilestorage.h"

#include "common/apperror.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSaveFile>

Q_LOGGING_CATEGORY(lcStorage, "coworking.storage")

namespace coworking {

LocalFileStorage::LocalFileStorage(QString root) : m_root(std::move(root)) { }

QString LocalFileStorage::pathFor(const QString &key) const
{
    return m_root + u'/' + key.left(2) + u'/' + key;
}

QString LocalFileStorage::put(const QByteArray &bytes, const QString &extension)
{
    const QString key = keyFor(bytes, extension);
    if (!isValidKey(key)) {
        qCCritical(lcStorage) << "refusing to store a file with extension" << extension;
        throw AppError::internal();
    }
    const QString path = pathFor(key);
    if (QFileInfo::exists(path))
        return key; // the same bytes are stored already: names are content hashes

    const QString dir = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(dir)) {
        qCCritical(lcStorage) << "cannot create directory" << dir;
        throw AppError::internal();
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        qCCritical(lcStorage) << "cannot write" << path << file.errorString();
        throw AppError::internal();
    }
    return key;
}

std::optional<QByteArray> LocalFileStorage::get(const QString &key)
{
    // The key is checked before it becomes part of a path: nothing else reaches the disk.
    if (!isValidKey(key))
        return std::nullopt;
    QFile file(pathFor(key));
    if (!file.open(QIODevice::ReadOnly)) {
        if (!file.exists())
            return std::nullopt;
        qCCritical(lcStorage) << "cannot read" << file.fileName() << file.errorString();
        throw AppError::internal();
    }
    return file.readAll();
}

} // namespace coworking
