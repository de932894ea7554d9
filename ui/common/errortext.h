#pragma once

#include <QCoreApplication>
#include <QString>

namespace coworking {
namespace client {
struct ApiError;
}
namespace ui {

// An API failure in words a person can act on: what happened and what to do. Views never look at
// status numbers; they show this text (and the fields of a 422 beside the widgets).
class ErrorText final
{
    Q_DECLARE_TR_FUNCTIONS(ErrorText)
public:
    static QString describe(const client::ApiError &error);
    // The wait of a 429 in words: "in 5 minutes", "in 40 seconds".
    static QString waitText(int seconds);
};

} // namespace ui
} // namespace coworking
