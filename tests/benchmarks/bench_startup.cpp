// Times whole processes: from start to the window shown on screen, and the resident memory once
// shown, for SIP Codes and for the bare baseline window, alternating runs, medians reported.
// usage: bench_startup SIPCODES BARE_WINDOW [RUNS]
// Run it under a real X server (xvfb-run) to measure what users see; offscreen works too.
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

struct Sample
{
    double milliseconds = -1;
    double megabytes = -1;
};

double residentMegabytes(qint64 pid)
{
    QFile status(u"/proc/%1/status"_s.arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QRegularExpression vmRss(u"VmRSS:\\s+(\\d+) kB"_s);
    const QRegularExpressionMatch match = vmRss.match(QString::fromLatin1(status.readAll()));
    return match.hasMatch() ? match.captured(1).toDouble() / 1024.0 : -1;
}

Sample measure(const QString &program)
{
    QTemporaryDir config; // a first start: no remembered settings
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"SIPCODES_STARTUP_PROBE"_s, u"1"_s);
    environment.insert(u"XDG_CONFIG_HOME"_s, config.path());
    environment.insert(u"LANG"_s, u"C.UTF-8"_s);
    process.setProcessEnvironment(environment);
    QElapsedTimer timer;
    timer.start();
    process.start(program, {u"--lang"_s, u"en"_s});
    Sample sample;
    while (process.waitForReadyRead(10000)) {
        if (process.readAllStandardOutput().contains("exposed")) {
            sample.milliseconds = double(timer.nsecsElapsed()) / 1e6;
            break;
        }
    }
    if (sample.milliseconds >= 0) {
        // Let the first paint finish before reading the memory it settled at.
        process.waitForFinished(500);
        sample.megabytes = residentMegabytes(process.processId());
    }
    process.kill();
    process.waitForFinished();
    return sample;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 3) {
        std::fprintf(stderr, "usage: bench_startup SIPCODES BARE_WINDOW [RUNS]\n");
        return 2;
    }
    const int runs = arguments.size() > 3 ? arguments.at(3).toInt() : 15;
    QList<double> appTimes, bareTimes, appMemory, bareMemory;
    for (int run = 0; run < runs + 1; ++run) {
        const Sample bare = measure(arguments.at(2));
        const Sample sipcodes = measure(arguments.at(1));
        if (bare.milliseconds < 0 || sipcodes.milliseconds < 0) {
            std::fprintf(stderr, "a window never showed (no display?)\n");
            return 1;
        }
        if (run == 0)
            continue; // the first round warms the disk cache for both
        bareTimes.append(bare.milliseconds);
        appTimes.append(sipcodes.milliseconds);
        bareMemory.append(bare.megabytes);
        appMemory.append(sipcodes.megabytes);
    }
    const QString platform = qEnvironmentVariable("QT_QPA_PLATFORM", qEnvironmentVariableIsSet("DISPLAY") ? u"xcb"_s : u"?"_s);
    std::printf("platform: %s, %d runs each, medians\n", qPrintable(platform), runs);
    std::printf("start-up to window shown: SIP Codes %.1f ms, bare window %.1f ms, ratio %.2f (target <= 1.25)\n",
                median(appTimes), median(bareTimes), median(appTimes) / median(bareTimes));
    std::printf("resident memory once shown: SIP Codes %.1f MB, bare window %.1f MB, ratio %.2f (target <= 1.25)\n",
                median(appMemory), median(bareMemory), median(appMemory) / median(bareMemory));
    return 0;
}
