#pragma once

#include "codeclass.h"
#include "q850mapping.h"

#include <QString>

#include <vector>

// The whole reference: the classes in ascending order, each with its codes.
class Catalog final
{
public:
    Catalog() = default;
    Catalog(std::vector<CodeClass> classes, QString registryName, QString registryChecked,
            Q850Mapping q850 = {});

    const std::vector<CodeClass> &classes() const { return m_classes; }
    const SipCode *find(int code) const;
    const CodeClass *findClass(int digit) const;
    int codeCount() const { return m_codeCount; }
    QString registryName() const { return m_registryName; }
    QString registryChecked() const { return m_registryChecked; }
    const Q850Mapping &q850() const { return m_q850; }

private:
    std::vector<CodeClass> m_classes;
    QString m_registryName;
    QString m_registryChecked;
    Q850Mapping m_q850;
    int m_codeCount = 0;
};
