// Times whole processes as a user sees them: from just before the program is executed to the X
// server's MapNotify of its first top-level window, and the resident memory once shown, for SIP
// Codes and for the bare baseline window of the same shape, in alternating runs; medians are
// printed beside the targets. It starts an Xvfb of its own and watches it as a small X client
// (libxcb) subscribed to SubstructureNotify on the root window: with no window manager, top-level
// windows are children of the root, and MapNotify is the moment the server puts one on screen.
// Every start gets a fresh, empty HOME, XDG_CONFIG_HOME and XDG_RUNTIME_DIR and the C.UTF-8 locale.
//   bench_startup [--runs N] [--settle MS] [--verbose] XVFB SIPCODES BARE_WINDOW [-- SIPCODES_ARGUMENTS...]
// Nothing here fails on time: figures are reported, not asserted. Exit status 1 means a window
// never mapped, 2 a usage error.
#include <xcb/xcb.h>

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <memory>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

extern char **environ;

namespace {

namespace fs = std::filesystem;

const double startupTarget = 1.15;
const double memoryTarget = 1.15;

double nowMs()
{
    timespec now{};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

void sleepMs(double milliseconds)
{
    const double end = nowMs() + milliseconds;
    for (double left = milliseconds; left > 0; left = end - nowMs())
        poll(nullptr, 0, std::max(1, int(left)));
}

// Starts `arguments` with `environment`, stdin from /dev/null and stdout and stderr into `log`.
// Returns -1 when it could not be started.
pid_t spawn(const std::vector<std::string> &arguments, const std::vector<std::string> &environment,
            const std::string &log)
{
    std::vector<char *> argv;
    for (const std::string &argument : arguments)
        argv.push_back(const_cast<char *>(argument.c_str()));
    argv.push_back(nullptr);
    std::vector<char *> envp;
    for (const std::string &variable : environment)
        envp.push_back(const_cast<char *>(variable.c_str()));
    envp.push_back(nullptr);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, log.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    posix_spawn_file_actions_adddup2(&actions, STDOUT_FILENO, STDERR_FILENO);
    pid_t pid = -1;
    const int error = posix_spawn(&pid, argv.front(), &actions, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    return error == 0 ? pid : -1;
}

// Ends a process we started: SIGTERM, then SIGKILL if it has not gone within two seconds.
void stop(pid_t pid)
{
    kill(pid, SIGTERM);
    const double deadline = nowMs() + 2000;
    while (waitpid(pid, nullptr, WNOHANG) == 0) {
        if (nowMs() > deadline) {
            kill(pid, SIGKILL);
            waitpid(pid, nullptr, 0);
            return;
        }
        sleepMs(5);
    }
}

std::string readFile(const fs::path &path)
{
    std::ifstream file(path);
    std::stringstream text;
    text << file.rdbuf();
    return text.str();
}

// A "Name:   1234 kB" line of /proc/PID/status, in MB; -1 when missing.
double statusMegabytes(pid_t pid, std::string_view name)
{
    std::istringstream status(readFile("/proc/" + std::to_string(pid) + "/status"));
    for (std::string line; std::getline(status, line);) {
        if (line.starts_with(name) && line.size() > name.size() && line.at(name.size()) == ':')
            return std::strtod(line.c_str() + name.size() + 1, nullptr) / 1024.0;
    }
    return -1;
}

// CPU time the process has run so far, all its threads, from the scheduler's own nanoseconds.
double cpuMs(pid_t pid)
{
    double total = 0;
    std::error_code error;
    for (const fs::directory_entry &task : fs::directory_iterator("/proc/" + std::to_string(pid) + "/task", error))
        total += std::strtod(readFile(task.path() / "schedstat").c_str(), nullptr) / 1e6;
    return total;
}

// Busy and total CPU ticks of the whole machine, from /proc/stat.
struct MachineTicks
{
    double busy = 0;
    double total = 0;
};

MachineTicks machineTicks()
{
    std::istringstream line(readFile("/proc/stat"));
    std::string cpu;
    double user = 0, nice = 0, system = 0, idle = 0, iowait = 0, irq = 0, softirq = 0, steal = 0;
    line >> cpu >> user >> nice >> system >> idle >> iowait >> irq >> softirq >> steal;
    return {user + nice + system + irq + softirq, user + nice + system + idle + iowait + irq + softirq + steal};
}

double processTicks(pid_t pid)
{
    // Fields 14 and 15 of /proc/PID/stat, counted after the command name's closing parenthesis.
    const std::string stat = readFile("/proc/" + std::to_string(pid) + "/stat");
    std::istringstream fields(stat.substr(stat.rfind(')') + 2));
    std::string field;
    double ticks = 0;
    for (int index = 3; index <= 15 && fields >> field; ++index) {
        if (index >= 14)
            ticks += std::strtod(field.c_str(), nullptr);
    }
    return ticks;
}

double ownTicks()
{
    rusage self{}, children{};
    getrusage(RUSAGE_SELF, &self);
    getrusage(RUSAGE_CHILDREN, &children);
    const auto seconds = [](const timeval &time) { return double(time.tv_sec) + double(time.tv_usec) / 1e6; };
    return (seconds(self.ru_utime) + seconds(self.ru_stime) + seconds(children.ru_utime)
            + seconds(children.ru_stime)) * double(sysconf(_SC_CLK_TCK));
}

std::string loadAverage()
{
    std::istringstream line(readFile("/proc/loadavg"));
    std::string one, five;
    line >> one >> five;
    return one + " (1 min), " + five + " (5 min)";
}

struct EventDeleter
{
    void operator()(xcb_generic_event_t *event) const { std::free(event); }
};
using Event = std::unique_ptr<xcb_generic_event_t, EventDeleter>;

// Our own Xvfb, and our connection to it as the watching client.
class XServer
{
public:
    ~XServer()
    {
        if (m_connection)
            xcb_disconnect(m_connection);
        if (m_pid > 0)
            stop(m_pid);
    }

    bool start(const std::string &xvfb)
    {
        // -displayfd: the server picks a free display and writes its number there once it accepts
        // clients. -noreset: it stays as it is when its last client leaves.
        int ready[2];
        if (pipe(ready) != 0)
            return false;
        fcntl(ready[0], F_SETFD, FD_CLOEXEC);
        std::vector<std::string> environment;
        for (char **variable = environ; *variable; ++variable)
            environment.emplace_back(*variable);
        m_pid = spawn({xvfb, "-displayfd", std::to_string(ready[1]), "-screen", "0", "1280x800x24",
                       "-nolisten", "tcp", "-noreset"},
                      environment, "/dev/null");
        close(ready[1]);
        std::string number;
        pollfd readable{ready[0], POLLIN, 0};
        char buffer[16];
        while (m_pid > 0 && number.find('\n') == std::string::npos && poll(&readable, 1, 10000) > 0) {
            const ssize_t size = read(ready[0], buffer, sizeof buffer);
            if (size <= 0)
                break;
            number.append(buffer, size_t(size));
        }
        close(ready[0]);
        if (number.find('\n') == std::string::npos)
            return false;
        m_display = ":" + number.substr(0, number.find('\n'));

        m_connection = xcb_connect(m_display.c_str(), nullptr);
        if (xcb_connection_has_error(m_connection))
            return false;
        fcntl(xcb_get_file_descriptor(m_connection), F_SETFD, FD_CLOEXEC);
        m_root = xcb_setup_roots_iterator(xcb_get_setup(m_connection)).data->root;
        const uint32_t mask = XCB_EVENT_MASK_SUBSTRUCTURE_NOTIFY;
        xcb_change_window_attributes(m_connection, m_root, XCB_CW_EVENT_MASK, &mask);
        const char name[] = "_NET_WM_PID";
        xcb_intern_atom_reply_t *atom =
            xcb_intern_atom_reply(m_connection, xcb_intern_atom(m_connection, 0, sizeof name - 1, name), nullptr);
        if (!atom)
            return false;
        m_pidAtom = atom->atom;
        std::free(atom);
        xcb_flush(m_connection);
        return true;
    }

    // The next event, or none when `deadline` (nowMs()) passes or the connection breaks.
    Event nextEvent(double deadline)
    {
        for (;;) {
            if (xcb_generic_event_t *event = xcb_poll_for_event(m_connection))
                return Event(event);
            const double left = deadline - nowMs();
            if (left <= 0 || xcb_connection_has_error(m_connection))
                return nullptr;
            pollfd readable{xcb_get_file_descriptor(m_connection), POLLIN, 0};
            poll(&readable, 1, std::max(1, int(left)));
        }
    }

    void discardEvents()
    {
        while (xcb_generic_event_t *event = xcb_poll_for_event(m_connection))
            std::free(event);
    }

    // The _NET_WM_PID that Qt sets on its top-level windows; 0 when the window has none.
    uint32_t windowPid(xcb_window_t window)
    {
        xcb_get_property_reply_t *reply = xcb_get_property_reply(
            m_connection, xcb_get_property(m_connection, 0, window, m_pidAtom, XCB_ATOM_CARDINAL, 0, 1), nullptr);
        uint32_t pid = 0;
        if (reply && xcb_get_property_value_length(reply) == 4)
            std::memcpy(&pid, xcb_get_property_value(reply), 4);
        std::free(reply);
        return pid;
    }

    const std::string &display() const { return m_display; }
    xcb_window_t root() const { return m_root; }
    pid_t pid() const { return m_pid; }

private:
    pid_t m_pid = -1;
    std::string m_display;
    xcb_connection_t *m_connection = nullptr;
    xcb_window_t m_root = 0;
    xcb_atom_t m_pidAtom = 0;
};

struct Sample
{
    double startupMs = -1; // exec to MapNotify
    double cpuMs = -1;     // CPU time of all its threads until then
    double residentMb = -1;
    double anonymousMb = -1;
};

struct Options
{
    int runs = 15;
    int settleMs = 500;
    bool verbose = false;
    std::string xvfb;
    std::string sipcodes;
    std::string bare;
    std::vector<std::string> sipcodesArguments;
};

// The environment of every start: the benchmark's own, less whatever would make a start differ
// from a first start on a fresh account (settings, caches, locale, Qt's and the app's switches).
std::vector<std::string> startEnvironment(const std::string &display, const fs::path &home, const fs::path &runtime)
{
    const std::string_view dropped[] = {"DISPLAY=", "XAUTHORITY=", "WAYLAND_DISPLAY=", "HOME=", "LANG=",
                                        "LANGUAGE=", "LC_", "XDG_", "QT_", "SIPCODES_", "DBUS_SESSION_BUS_ADDRESS=",
                                        "SESSION_MANAGER="};
    std::vector<std::string> environment;
    for (char **variable = environ; *variable; ++variable) {
        const std::string_view text(*variable);
        if (std::none_of(std::begin(dropped), std::end(dropped),
                         [&](std::string_view prefix) { return text.starts_with(prefix); }))
            environment.emplace_back(text);
    }
    environment.push_back("DISPLAY=" + display);
    environment.push_back("QT_QPA_PLATFORM=xcb");
    environment.push_back("HOME=" + home.string());
    environment.push_back("XDG_CONFIG_HOME=" + (home / ".config").string());
    environment.push_back("XDG_RUNTIME_DIR=" + runtime.string());
    environment.push_back("LANG=C.UTF-8");
    environment.push_back("LC_ALL=C.UTF-8");
    return environment;
}

// One start of `program`: the time to its first top-level MapNotify, then its memory once settled.
std::optional<Sample> measure(XServer &server, const std::vector<std::string> &command, const Options &options)
{
    char pattern[] = "/tmp/bench_startup-XXXXXX";
    if (!mkdtemp(pattern))
        return std::nullopt;
    const fs::path directory(pattern);
    const fs::path home = directory / "home";
    const fs::path runtime = directory / "runtime";
    fs::create_directories(home);
    fs::create_directories(runtime);
    fs::permissions(runtime, fs::perms::owner_all, fs::perm_options::replace); // as a login session makes it
    const std::string log = (directory / "output.log").string();
    const std::vector<std::string> environment = startEnvironment(server.display(), home, runtime);

    server.discardEvents();
    Sample sample;
    const double start = nowMs();
    const pid_t pid = spawn(command, environment, log);
    if (pid < 0) {
        fs::remove_all(directory);
        return std::nullopt;
    }
    xcb_window_t window = 0;
    bool ended = false;
    const double deadline = start + 20000;
    while (!window && !ended && nowMs() < deadline) {
        const Event event = server.nextEvent(std::min(deadline, nowMs() + 100));
        if (!event) {
            ended = waitpid(pid, nullptr, WNOHANG) == pid; // it ended before showing anything
            continue;
        }
        if ((event->response_type & 0x7f) != XCB_MAP_NOTIFY)
            continue;
        const auto *map = reinterpret_cast<const xcb_map_notify_event_t *>(event.get());
        if (map->event != server.root() || map->override_redirect)
            continue;
        sample.startupMs = nowMs() - start;
        sample.cpuMs = cpuMs(pid);
        const uint32_t owner = server.windowPid(map->window);
        if (owner != 0 && owner != uint32_t(pid)) {
            std::fprintf(stderr, "bench_startup: a window of process %u mapped; ignored\n", owner);
            continue;
        }
        window = map->window;
    }
    if (window) {
        sleepMs(options.settleMs);
        sample.residentMb = statusMegabytes(pid, "VmRSS");
        sample.anonymousMb = statusMegabytes(pid, "RssAnon");
    }
    if (!ended)
        stop(pid);
    // Wait until the server has destroyed the window, so that the next start meets an idle server.
    for (const double end = nowMs() + 3000; window && nowMs() < end;) {
        const Event event = server.nextEvent(end);
        if (event && (event->response_type & 0x7f) == XCB_DESTROY_NOTIFY
            && reinterpret_cast<const xcb_destroy_notify_event_t *>(event.get())->window == window)
            break;
    }
    const std::string output = readFile(log);
    if (!window || options.verbose) {
        if (!output.empty())
            std::fprintf(stderr, "bench_startup: %s said:\n%s", command.front().c_str(), output.c_str());
    }
    fs::remove_all(directory);
    if (!window)
        return std::nullopt;
    return sample;
}

double quantile(std::vector<double> values, double q)
{
    std::sort(values.begin(), values.end());
    const double position = q * double(values.size() - 1);
    const size_t below = size_t(position);
    const size_t above = std::min(below + 1, values.size() - 1);
    return values.at(below) + (values.at(above) - values.at(below)) * (position - double(below));
}

struct Series
{
    std::vector<double> app;
    std::vector<double> bare;
};

void report(const char *what, const char *unit, const Series &series, double target)
{
    const double app = quantile(series.app, 0.5);
    const double bare = quantile(series.bare, 0.5);
    const double ratio = app / bare;
    if (target > 0) {
        std::printf("%s: %.1f %s vs %.1f %s, ratio %.2f, target <= %.2f: %s\n", what, app, unit, bare, unit, ratio,
                    target, ratio <= target ? "met" : "NOT MET");
    } else {
        std::printf("%s: %.1f %s vs %.1f %s, ratio %.2f, for information\n", what, app, unit, bare, unit, ratio);
    }
    std::printf("    middle half: SIP Codes %.1f-%.1f, bare window %.1f-%.1f %s\n", quantile(series.app, 0.25),
                quantile(series.app, 0.75), quantile(series.bare, 0.25), quantile(series.bare, 0.75), unit);
}

int usage()
{
    std::fprintf(stderr, "usage: bench_startup [--runs N] [--settle MS] [--verbose] XVFB SIPCODES BARE_WINDOW "
                         "[-- SIPCODES_ARGUMENTS...]\n");
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    Options options;
    std::vector<std::string> positional;
    for (int i = 1; i < argc; ++i) {
        const std::string_view argument(argv[i]);
        if (argument == "--runs" && i + 1 < argc) {
            options.runs = std::atoi(argv[++i]);
        } else if (argument == "--settle" && i + 1 < argc) {
            options.settleMs = std::atoi(argv[++i]);
        } else if (argument == "--verbose") {
            options.verbose = true;
        } else if (argument == "--") {
            options.sipcodesArguments.assign(argv + i + 1, argv + argc);
            break;
        } else if (argument.starts_with("--")) {
            return usage();
        } else {
            positional.emplace_back(argument);
        }
    }
    if (positional.size() != 3 || options.runs < 1 || options.settleMs < 0)
        return usage();
    options.xvfb = positional.at(0);
    options.sipcodes = positional.at(1);
    options.bare = positional.at(2);

    XServer server;
    if (!server.start(options.xvfb)) {
        std::fprintf(stderr, "bench_startup: could not start %s and connect to it\n", options.xvfb.c_str());
        return 1;
    }
    std::vector<std::string> sipcodesCommand{options.sipcodes};
    sipcodesCommand.insert(sipcodesCommand.end(), options.sipcodesArguments.begin(), options.sipcodesArguments.end());
    const std::vector<std::string> bareCommand{options.bare};

    const std::string loadBefore = loadAverage();
    const MachineTicks machineBefore = machineTicks();
    const double ownBefore = ownTicks() + processTicks(server.pid());
    Series startup, cpu, resident, anonymous;
    // One warm-up round for the disk cache, then rounds that alternate which program goes first.
    for (int round = 0; round <= options.runs; ++round) {
        const bool appFirst = round % 2 == 1;
        std::optional<Sample> app, bare;
        if (appFirst)
            app = measure(server, sipcodesCommand, options);
        bare = measure(server, bareCommand, options);
        if (!appFirst)
            app = measure(server, sipcodesCommand, options);
        if (!app || !bare) {
            std::fprintf(stderr, "bench_startup: the window of %s never mapped\n",
                         (!app ? options.sipcodes : options.bare).c_str());
            return 1;
        }
        if (options.verbose) {
            std::fprintf(stderr, "round %2d: SIP Codes %6.1f ms (CPU %6.1f ms) %5.1f MB; bare %6.1f ms (CPU %6.1f ms) %5.1f MB\n",
                         round, app->startupMs, app->cpuMs, app->residentMb, bare->startupMs, bare->cpuMs,
                         bare->residentMb);
        }
        if (round == 0)
            continue;
        startup.app.push_back(app->startupMs);
        startup.bare.push_back(bare->startupMs);
        cpu.app.push_back(app->cpuMs);
        cpu.bare.push_back(bare->cpuMs);
        resident.app.push_back(app->residentMb);
        resident.bare.push_back(bare->residentMb);
        anonymous.app.push_back(app->anonymousMb);
        anonymous.bare.push_back(bare->anonymousMb);
    }
    const MachineTicks machineAfter = machineTicks();
    const double others = (machineAfter.busy - machineBefore.busy)
                          - (ownTicks() + processTicks(server.pid()) - ownBefore);
    const double cores = double(sysconf(_SC_NPROCESSORS_ONLN));
    const double othersCores = std::max(0.0, others / (machineAfter.total - machineBefore.total) * cores);

    std::printf("Xvfb %s 1280x800x24, no window manager; %d runs each after a warm-up round, alternating, "
                "medians; fresh HOME, XDG_CONFIG_HOME and XDG_RUNTIME_DIR each start, LC_ALL=C.UTF-8\n",
                server.display().c_str(), options.runs);
    std::printf("machine: %.0f cores; other processes kept %.2f of them busy during the runs; load average %s "
                "before, %s after\n",
                cores, othersCores, loadBefore.c_str(), loadAverage().c_str());
    if (othersCores > 0.5) {
        std::printf("warning: other processes were busy; the wall-clock figures below are unreliable, CPU time "
                    "less so; run again when the machine is idle\n");
    }
    std::printf("figures: SIP Codes vs bare window\n");
    report("start-up to MapNotify", "ms", startup, startupTarget);
    report("CPU time to MapNotify, all threads", "ms", cpu, 0);
    char what[96];
    std::snprintf(what, sizeof what, "resident memory once shown (VmRSS %d ms after MapNotify)", options.settleMs);
    report(what, "MB", resident, memoryTarget);
    report("    of which anonymous (RssAnon)", "MB", anonymous, 0);
    return 0;
}
