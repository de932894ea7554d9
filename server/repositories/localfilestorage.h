#pragma once

#include "storage/filestorage.h"

#include <QString>

namespace coworking {

// Files on the local disk: <root>/<first two hex digits of the key>/<key>, where root is
// <data-dir>/storage. Written atomically (QSaveFile: a temporary file renamed into place), so a
// reader never sees half a file. Shared by every worker thread: it holds nothing but the root and
// only ever adds files whose content is fixed by their name, so concurrent writers of one key
// write the same bytes and either rename wins.
class LocalFileStorage final : public FileStorage
{
    Q_DISABLE_COPY_MOVE(LocalFileStorage)
public:
    explicit LocalFileStorage(QString root);

    QString put(const QByteArray &bytes, const QString &extension) override;
    std::optional<QByteArray> get(const QString &key) override;

    const QString &root() const { return m_root; }
    // Where a valid key's file lives.
    QString pathFor(const QString &key) const;

private:
    const QString m_root;
};

} // namespace coworking
