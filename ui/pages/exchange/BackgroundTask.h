#pragma once
// Runs the slow, database-free part of an exchange (Argon2id, encryption, decryption) on a thread of its own,
// so that the window keeps painting its progress bar, and hands the result back on the main thread.
//
// Who owns what: the thread deletes itself when done; `done` runs only while `receiver` still exists, so a
// page closed meanwhile simply never hears the answer. `work` must not touch the session's Database: Qt's SQL
// connections belong to the thread that opened them (see onMainThread for what must run there). It may open
// a connection of its own and close it before returning (BundleApplier).
#include <QCoreApplication>
#include <QMetaObject>
#include <QPointer>
#include <QThread>
#include <functional>
#include <memory>

namespace hamkori::exchange {

template <class T>
void runInBackground(QObject* receiver, std::function<T()> work, std::function<void(T)> done)
{
    QThread* thread = QThread::create(
        [guard = QPointer<QObject>(receiver), work = std::move(work), done = std::move(done)] {
            auto result = std::make_shared<T>(work());
            QMetaObject::invokeMethod(
                qApp,
                [guard, done, result] {
                    if (guard)
                        done(std::move(*result));
                },
                Qt::QueuedConnection);
        });
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

/// Runs `call` on the main thread and waits for its answer (from a background thread only).
template <class T> T onMainThread(const std::function<T()>& call)
{
    T answer{};
    QMetaObject::invokeMethod(
        qApp, [&answer, &call] { answer = call(); }, Qt::BlockingQueuedConnection);
    return answer;
}

} // namespace hamkori::exchange
