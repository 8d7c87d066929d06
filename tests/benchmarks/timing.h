#pragma once

// Median timings for the in-process benchmarks: on the clock, and on this thread's CPU. On a
// shared machine the CPU time shows what the clock time would be without other processes.
#include <QElapsedTimer>
#include <QList>

#include <algorithm>
#include <ctime>
#include <functional>

namespace Bench {

// Milliseconds of one operation.
struct Timing
{
    double wall = 0;
    double cpu = 0;

    Timing operator/(double divisor) const { return {wall / divisor, cpu / divisor}; }
};

inline double threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

inline double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

// Median milliseconds of `runs` calls of `operation`.
inline Timing medianMs(const std::function<void()> &operation, int runs)
{
    QList<double> wall, cpu;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        const double cpuStart = threadCpuMs();
        timer.start();
        operation();
        wall.append(double(timer.nsecsElapsed()) / 1e6);
        cpu.append(threadCpuMs() - cpuStart);
    }
    return {median(wall), median(cpu)};
}

} // namespace Bench
