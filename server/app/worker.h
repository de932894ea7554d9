#pragma once

#include <QString>

#include <memory>

namespace coworking {

struct SharedState;

// The composition root of one request thread: its database connection, repositories, services,
// controllers, route table and HTTP server. Created and destroyed inside its thread.
class Worker final
{
    Q_DISABLE_COPY_MOVE(Worker)
public:
    Worker(SharedState &shared, int index);
    ~Worker();

    // Takes over a listening socket (SO_REUSEPORT) and serves it.
    bool listen(int socketDescriptor, QString *error);

private:
    struct Parts;
    std::unique_ptr<Parts> m_parts;
};

} // namespace coworking
