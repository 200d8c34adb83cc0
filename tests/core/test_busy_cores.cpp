// SPDX-License-Identifier: GPL-3.0-or-later
// BusyCoreScope / waitForFreeCore: work that can wait (the history's SHA-256
// beside an import) pauses while the import's threads hold every core, goes on
// as soon as one of them ends, and can always be told to stop.
#include <QtTest>
#include <atomic>
#include <chrono>
#include <memory>
#include <thread>
#include <vector>

#include "core/common/busy_cores.h"

using namespace segmenta;

namespace {
unsigned cores() { return std::max(1u, std::thread::hardware_concurrency()); }

std::vector<std::unique_ptr<BusyCoreScope>> holdAllCores() {
    std::vector<std::unique_ptr<BusyCoreScope>> held;
    for (unsigned c = 0; c < cores(); ++c) held.push_back(std::make_unique<BusyCoreScope>());
    return held;
}
} // namespace

class TestBusyCores : public QObject {
    Q_OBJECT
private slots:
    void aCoreIsFreeUntilAllAreHeld() {
        QVERIFY(aCoreIsFree());
        auto held = holdAllCores();
        QVERIFY(!aCoreIsFree());
        held.pop_back();
        QVERIFY(aCoreIsFree());
        held.clear();
        QVERIFY(aCoreIsFree());
    }

    // The waiter sleeps while every core is held and wakes when one is let go.
    void waiterGoesOnWhenAScopeEnds() {
        auto held = holdAllCores();
        std::atomic<bool> returned{false};
        std::thread waiter([&] {
            waitForFreeCore([] { return false; });
            returned = true;
        });
        std::this_thread::sleep_for(std::chrono::milliseconds(30));
        QVERIFY(!returned);
        held.pop_back();
        waiter.join();
        QVERIFY(returned);
    }

    // A waiter told to stop returns although every core is still held.
    void stopAndWakeEndsTheWait() {
        auto held = holdAllCores();
        std::atomic<bool> stop{false};
        std::atomic<bool> returned{false};
        std::thread waiter([&] {
            waitForFreeCore([&] { return stop.load(); });
            returned = true;
        });
        std::this_thread::sleep_for(std::chrono::milliseconds(30));
        QVERIFY(!returned);
        stop = true;
        wakeCoreWaiters();
        waiter.join();
        QVERIFY(returned);
        QVERIFY(!aCoreIsFree());
    }

    // Scopes on other threads count too (each parse thread holds one).
    void scopesOnOtherThreadsCount() {
        std::vector<std::unique_ptr<BusyCoreScope>> mine;
        for (unsigned c = 1; c < cores(); ++c) mine.push_back(std::make_unique<BusyCoreScope>());
        std::atomic<bool> holding{false}, release{false};
        std::thread other([&] {
            const BusyCoreScope busy;
            holding = true;
            while (!release) std::this_thread::yield();
        });
        while (!holding) std::this_thread::yield();
        QVERIFY(!aCoreIsFree());
        release = true;
        other.join();
        QVERIFY(aCoreIsFree());
    }
};

QTEST_GUILESS_MAIN(TestBusyCores)
#include "test_busy_cores.moc"
