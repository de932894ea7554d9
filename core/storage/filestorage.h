#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace coworking {

using namespace Qt::StringLiterals;

// Where uploaded files live (the storage port). Content-addressed: a key is the SHA-256 of the
// bytes in hex plus an extension ("<64 hex>.png"), so a key names one content forever (files are
// immutable and cacheable) and the same bytes stored twice are one file. Implementations are
// shared by every request thread and must be thread-safe.
class FileStorage
{
public:
    virtual ~FileStorage() = default;

    // Stores the bytes unless already stored and returns their key; `extension` is one of
    // imageExtension()'s. Throws AppError on failure.
    virtual QString put(const QByteArray &bytes, const QString &extension) = 0;
    // The bytes under `key`; nullopt when there are none or `key` is not a well-formed key (checked
    // before anything else, so no client text ever reaches a file system).
    virtual std::optional<QByteArray> get(const QString &key) = 0;

    static QString keyFor(const QByteArray &bytes, const QString &extension);
    // Exactly "<64 lower-case hex digits>.<png|jpg|webp>".
    static bool isValidKey(const QString &key);
    // The hex hash part of a valid key (its ETag).
    static QString hashOf(const QString &key) { return key.left(64); }
    // The extension part of a valid key.
    static QString extensionOf(const QString &key) { return key.mid(65); }
    // The public path of a stored file: "/storage/<key>".
    static QString urlFor(const QString &key) { return u"/storage/"_s + key; }
};

} // namespace coworking
