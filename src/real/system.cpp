#include "real/system.hpp"

#include <sched.h>

#include <cerrno>
#include <fstream>

namespace schedlab::real {

int System::setScheduler(int pid, int policy, int priority) const {
    sched_param param{};
    param.sched_priority = priority;
    return sched_setscheduler(pid, policy, &param) == 0 ? 0 : errno;
}

std::vector<int> System::usableCpus() const {
    cpu_set_t set;
    CPU_ZERO(&set);
    std::vector<int> cpus;
    if (sched_getaffinity(0, sizeof set, &set) != 0) {
        return cpus;
    }
    for (int cpu = 0; cpu < CPU_SETSIZE; ++cpu) {
        if (CPU_ISSET(cpu, &set)) {
            cpus.push_back(cpu);
        }
    }
    return cpus;
}

std::optional<long long> System::readSetting(const std::string& path) const {
    std::ifstream in(path);
    long long value = 0;
    if (!(in >> value)) {
        return std::nullopt;
    }
    return value;
}

int System::writeSetting(const std::string& path, long long value) const {
    std::ofstream out(path);
    out << value << '\n';
    out.flush();
    return out ? 0 : (errno != 0 ? errno : EIO);
}

const System& defaultSystem() {
    static const System system;
    return system;
}

}  // namespace schedlab::real
