#pragma once

#include <QList>

namespace coworking {

// One page of a list and the number of all matches (sent as X-Total-Count).
template<typename T>
struct Page
{
    QList<T> items;
    qint64 total = 0;

    bool operator==(const Page &) const = default;
};

struct PageRequest
{
    int count = 10; // 1..100
    int page = 0; // 0-based
    int offset() const { return count * page; }
};

} // namespace coworking
