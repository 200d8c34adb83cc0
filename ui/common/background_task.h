// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <QtConcurrent/QtConcurrentRun>
#include <exception>
#include <functional>
#include <memory>
#include <optional>

#include "core/common/progress.h"
#include "ui/common/worker_pool.h"

namespace segmenta::ui {

// Runs one core job on a worker thread with progress and cancel, and delivers the
// result on the GUI thread. The job gets a Progress token; it must only touch the
// copies or immutable snapshots it captured (never widgets).
//
//   task->start<Result<Foo>>([table](const Progress& p) { return computeFoo(*table, &p); },
//                            [this](Result<Foo>&& r) { show(r); });
class BackgroundTask : public QObject {
    Q_OBJECT
public:
    explicit BackgroundTask(QObject* parent = nullptr);
    ~BackgroundTask() override;

    bool isRunning() const { return running_; }
    // What failed() says when a job runs out of memory (default: outOfMemoryText()),
    // e.g. naming the file being imported and its size.
    void setOutOfMemoryMessage(const QString& message) { outOfMemoryMessage_ = message; }
    static QString outOfMemoryText();

    template <typename R>
    void start(std::function<R(const Progress&)> job, std::function<void(R&&)> done) {
        cancel();
        auto result = std::make_shared<std::optional<R>>();
        auto error = std::make_shared<std::exception_ptr>();
        auto progress = makeProgress();
        runJob([job = std::move(job), result, error, progress] {
            yieldToGuiThread();
            try { result->emplace(job(*progress)); }
            catch (...) { *error = std::current_exception(); }
        }, [this, done = std::move(done), result, error, progress] {
            if (*error) { emitFailure(*error); return; }
            if (progress->isCancelled() || !result->has_value()) { emit cancelled(); return; }
            done(std::move(**result));
        });
    }

public slots:
    void cancel();

signals:
    void started();
    void progressChanged(int percent, const QString& stage);
    void finished();     // after done(), failed() or cancelled()
    void cancelled();
    void failed(const QString& message);

private:
    std::shared_ptr<Progress> makeProgress();
    void runJob(std::function<void()> work, std::function<void()> onDone);
    void emitFailure(const std::exception_ptr& error);

    std::shared_ptr<Progress> progress_;
    QFutureWatcher<void>* watcher_ = nullptr;
    bool running_ = false;
    QString outOfMemoryMessage_;
    int lastPercent_ = -1;
};

} // namespace segmenta::ui
