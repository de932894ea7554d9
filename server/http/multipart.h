#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QPair>

namespace coworking {

// One part of a multipart/form-data body.
struct MultipartPart
{
    QByteArray name; // Content-Disposition's name
    QByteArray fileName; // Content-Disposition's filename; empty when absent
    QByteArray contentType; // as declared; informative only, never trusted for a file's type
    QList<QPair<QByteArray, QByteArray>> headers; // every header, names in lower case
    QByteArray data;
};

// A small, strict reader of multipart/form-data (RFC 7578 on RFC 2046), enough for uploads:
// CRLF line ends, a boundary of 1 to 70 characters, a form-data Content-Disposition with a name on
// every part, and a close delimiter at the end. Anything else is refused rather than guessed at.
class Multipart final
{
public:
    static constexpr int kMaxParts = 64;
    static constexpr int kMaxHeaderBytes = 8 * 1024; // the header section of one part

    // The boundary of a "multipart/form-data; boundary=..." Content-Type; empty when the value is
    // another type or has no valid boundary.
    static QByteArray boundary(QByteArrayView contentType);

    // Every part of `body`, in order. Throws AppError BAD_REQUEST (400) on malformed input,
    // including a Content-Type without a valid boundary.
    static QList<MultipartPart> parse(QByteArrayView contentType, const QByteArray &body);
};

} // namespace coworking
