// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <cstdint>
#include <string>
#include <utility>
#include <variant>

namespace segmenta {

// Why an operation failed. The UI maps kinds to advice; the CLI maps them to exit status 2.
enum class ErrorKind {
    NotFound,      // file, column, dataset or model does not exist
    BadInput,      // the data cannot be used as asked (wrong type, empty, binary…)
    Usage,         // options contradict each other or are out of range
    Io,            // read/write failed at the OS level
    Cancelled,     // the user cancelled
    Busy,          // the database is locked by another writer
    Damaged,       // a history file failed its integrity check
    Internal,      // a bug: should never reach a user
};

struct Error {
    ErrorKind kind = ErrorKind::Internal;
    std::string message;   // one plain sentence: what is wrong and what to do
    std::int64_t line = 0; // 1-based place in the input, 0 when not applicable
    int column = 0;
};

// A value or an Error. Small on purpose: C++20 has no std::expected.
template <typename T>
class Result {
public:
    Result(T value) : v_(std::move(value)) {}             // NOLINT(google-explicit-constructor)
    Result(Error error) : v_(std::move(error)) {}         // NOLINT(google-explicit-constructor)

    bool ok() const noexcept { return v_.index() == 0; }
    explicit operator bool() const noexcept { return ok(); }

    T& value() & { return std::get<0>(v_); }
    const T& value() const& { return std::get<0>(v_); }
    T&& value() && { return std::get<0>(std::move(v_)); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }

    const Error& error() const { return std::get<1>(v_); }

private:
    std::variant<T, Error> v_;
};

inline Error makeError(ErrorKind kind, std::string message, std::int64_t line = 0, int column = 0) {
    return Error{kind, std::move(message), line, column};
}

} // namespace segmenta
