// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/orders/platforms.h"

#include <initializer_list>
#include <string_view>

namespace segmenta::orders {

namespace {

std::string normalised(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    std::string out;
    for (char c : s) out += (c >= 'A' && c <= 'Z') ? char(c + 32) : c;
    return out;
}

// The header as written, found by any of the given names (lower case).
class Header {
public:
    explicit Header(const std::vector<std::string>& names) : names_(names) {
        for (const auto& n : names) lower_.push_back(normalised(n));
    }
    std::string find(std::initializer_list<std::string_view> candidates) const {
        for (const auto c : candidates)
            for (std::size_t i = 0; i < lower_.size(); ++i)
                if (lower_[i] == c) return names_[i];
        return {};
    }
    bool has(std::initializer_list<std::string_view> all) const {
        for (const auto c : all)
            if (find({c}).empty()) return false;
        return true;
    }
    // The first column whose name contains one of the words, skipping `except`.
    std::string containing(std::initializer_list<std::string_view> words, const std::string& except = {}) const {
        for (const auto w : words)
            for (std::size_t i = 0; i < lower_.size(); ++i)
                if (names_[i] != except && lower_[i].find(w) != std::string::npos) return names_[i];
        return {};
    }

private:
    const std::vector<std::string>& names_;
    std::vector<std::string> lower_;
};

Recognition shopifyOrders(const Header& h) {
    Recognition r{Platform::ShopifyOrders, ExportKind::Orders, {}};
    auto& m = r.mapping;
    m.customer = h.find({"email"});
    m.order = h.find({"name"});
    m.date = h.find({"created at"});
    m.amount = h.find({"subtotal"});
    m.refunded = h.find({"refunded amount"});
    m.currency = h.find({"currency"});
    m.status = h.find({"financial status"});
    m.cancelledAt = h.find({"cancelled at"});
    m.test = h.find({"payment method"});
    m.item = h.find({"lineitem name"});
    m.quantity = h.find({"lineitem quantity"});
    m.category = h.find({"vendor"});
    m.channel = h.find({"source"});
    m.country = h.find({"billing country", "shipping country"});
    return r;
}

Recognition shopifyCustomers(const Header& h) {
    Recognition r{Platform::ShopifyCustomers, ExportKind::Members, {}};
    auto& m = r.mapping;
    m.customer = h.find({"email"});
    m.amount = h.find({"total spent"});
    m.quantity = h.find({"total orders"});
    m.country = h.find({"default address country code", "country code", "country"});
    return r;
}

Recognition wooOrders(const Header& h) {
    Recognition r{Platform::WooCommerceOrders, ExportKind::Orders, {}};
    auto& m = r.mapping;
    m.customer = h.find({"customer"});
    m.order = h.find({"order #"});
    m.date = h.find({"date"});
    m.amount = h.find({"net sales"});
    m.status = h.find({"status"});
    m.item = h.find({"product(s)"});
    m.quantity = h.find({"items sold"});
    m.channel = h.find({"attribution"});
    return r;
}

Recognition wooCustomers(const Header& h) {
    Recognition r{Platform::WooCommerceCustomers, ExportKind::Members, {}};
    auto& m = r.mapping;
    m.customer = h.find({"email"});
    m.date = h.find({"date registered"});
    m.amount = h.find({"total spend"});
    m.quantity = h.find({"orders"});
    m.lastCharge = h.find({"last active"});
    m.country = h.find({"country / region", "country"});
    return r;
}

Recognition stripe(const Header& h) {
    Recognition r{Platform::Stripe, ExportKind::Orders, {}};
    auto& m = r.mapping;
    m.customer = h.find({"customer id"});
    m.customerFallback = h.find({"customer email"});
    if (m.customer.empty()) std::swap(m.customer, m.customerFallback);
    m.order = h.find({"id"});
    m.date = h.find({"created (utc)", "created date (utc)"});
    m.amount = h.find({"amount"});
    m.refunded = h.find({"amount refunded"});
    m.currency = h.find({"currency"});
    m.status = h.find({"status"});
    m.test = h.find({"mode"});
    m.item = h.find({"description"});
    m.country = h.find({"card address country", "card issue country"});
    return r;
}

Recognition etsy(const Header& h) {
    Recognition r{Platform::Etsy, ExportKind::Orders, {}};
    auto& m = r.mapping;
    m.customer = h.find({"buyer user id", "buyer"});
    m.order = h.find({"order id"});
    m.date = h.find({"sale date", "date posted"});
    m.amount = h.find({"order value"});
    m.currency = h.find({"currency"});
    m.status = h.find({"status"});
    m.quantity = h.find({"number of items"});
    m.channel = h.find({"order type"});
    m.country = h.find({"ship country"});
    return r;
}

Recognition square(const Header& h) {
    Recognition r{Platform::Square, ExportKind::Orders, {}};
    auto& m = r.mapping;
    m.customer = h.find({"customer id"});
    m.customerFallback = h.find({"customer reference id"});
    m.order = h.find({"transaction id"});
    m.date = h.find({"date"});
    m.time = h.find({"time"});
    m.amount = h.find({"net sales"});
    m.status = h.find({"transaction status"});
    m.item = h.find({"description"});
    m.channel = h.find({"source", "channel"});
    return r;
}

Recognition patreon(const Header& h) {
    Recognition r{Platform::Patreon, ExportKind::Members, {}};
    auto& m = r.mapping;
    m.customer = h.find({"email"});
    m.status = h.find({"patron status"});
    m.date = h.find({"patronage since date"});
    m.amount = h.find({"lifetime amount"});
    m.lastCharge = h.find({"last charge date"});
    m.currency = h.find({"currency"});
    m.category = h.find({"tier"});
    m.country = h.find({"country"});
    return r;
}

Recognition substack(const Header& h) {
    Recognition r{Platform::Substack, ExportKind::Members, {}};
    auto& m = r.mapping;
    m.customer = h.find({"email"});
    m.status = h.find({"active_subscription"});
    m.date = h.find({"created_at"});
    m.category = h.find({"plan"});
    return r;
}

Recognition mailchimp(const Header& h) {
    Recognition r{Platform::Mailchimp, ExportKind::Members, {}};
    auto& m = r.mapping;
    m.customer = h.find({"email address"});
    m.date = h.find({"confirm_time", "optin_time"});
    m.lastCharge = h.find({"last_changed"});
    m.country = h.find({"cc"});
    return r;
}

// No platform: the most likely column for each part by its name.
Recognition generic(const Header& h) {
    Recognition r{Platform::Generic, ExportKind::Orders, {}};
    auto& m = r.mapping;
    m.customer = h.find({"email", "e-mail", "customer email", "customer_email", "customer id", "customer_id",
                         "customerid", "customer", "client", "client id", "buyer", "user id", "user_id"});
    if (m.customer.empty()) m.customer = h.containing({"email", "customer", "client", "buyer"});
    m.order = h.find({"order id", "order_id", "orderid", "order", "order number", "order #", "invoice",
                      "invoiceno", "invoice no", "transaction id", "transaction_id"});
    if (m.order.empty()) m.order = h.containing({"order", "invoice", "transaction"}, m.customer);
    m.date = h.find({"date", "order date", "order_date", "invoicedate", "invoice date", "created at", "created_at",
                     "timestamp", "time", "purchase date"});
    if (m.date.empty()) m.date = h.containing({"date", "created", "time"});
    m.amount = h.find({"net amount", "net_amount", "amount", "total", "revenue", "net sales", "sales", "price",
                       "order total", "value"});
    if (m.amount.empty()) m.amount = h.containing({"amount", "total", "revenue", "sales", "price", "value"});
    m.currency = h.find({"currency"});
    m.status = h.find({"status", "order status", "state"});
    m.item = h.find({"item", "product", "description", "sku", "stockcode"});
    m.quantity = h.find({"quantity", "qty"});
    m.category = h.find({"category", "product category", "product type"});
    m.channel = h.find({"channel", "source"});
    m.country = h.find({"country", "country code"});
    return r;
}

} // namespace

const char* toString(Platform p) noexcept {
    switch (p) {
    case Platform::ShopifyOrders: return "shopify_orders";
    case Platform::ShopifyCustomers: return "shopify_customers";
    case Platform::WooCommerceOrders: return "woocommerce_orders";
    case Platform::WooCommerceCustomers: return "woocommerce_customers";
    case Platform::Stripe: return "stripe";
    case Platform::Etsy: return "etsy";
    case Platform::Square: return "square";
    case Platform::Patreon: return "patreon";
    case Platform::Substack: return "substack";
    case Platform::Mailchimp: return "mailchimp";
    case Platform::Generic: return "generic";
    }
    return "generic";
}

const char* displayName(Platform p) noexcept {
    switch (p) {
    case Platform::ShopifyOrders: return "Shopify orders";
    case Platform::ShopifyCustomers: return "Shopify customers";
    case Platform::WooCommerceOrders: return "WooCommerce orders";
    case Platform::WooCommerceCustomers: return "WooCommerce customers";
    case Platform::Stripe: return "Stripe payments";
    case Platform::Etsy: return "Etsy sold orders";
    case Platform::Square: return "Square transactions";
    case Platform::Patreon: return "Patreon members";
    case Platform::Substack: return "Substack subscribers";
    case Platform::Mailchimp: return "Mailchimp audience";
    case Platform::Generic: return "orders table";
    }
    return "orders table";
}

std::vector<std::pair<std::string, std::string>> namedColumns(const ColumnMapping& m) {
    const std::pair<const char*, const std::string*> all[] = {
        {"customer", &m.customer}, {"customer_fallback", &m.customerFallback}, {"order", &m.order},
        {"date", &m.date}, {"time", &m.time}, {"amount", &m.amount}, {"refunded", &m.refunded},
        {"currency", &m.currency}, {"status", &m.status}, {"cancelled_at", &m.cancelledAt}, {"test", &m.test},
        {"item", &m.item}, {"quantity", &m.quantity}, {"category", &m.category}, {"channel", &m.channel},
        {"country", &m.country}, {"last_charge", &m.lastCharge}};
    std::vector<std::pair<std::string, std::string>> out;
    for (const auto& [role, name] : all)
        if (!name->empty()) out.emplace_back(role, *name);
    return out;
}

Recognition recogniseExport(const std::vector<std::string>& names) {
    const Header h(names);
    if (h.has({"name", "email", "financial status", "created at", "lineitem name"})) return shopifyOrders(h);
    if (h.has({"email", "total spent", "total orders"})) return shopifyCustomers(h);
    if (h.has({"id", "created (utc)", "amount", "status"}) &&
        !(h.find({"customer id"}).empty() && h.find({"customer email"}).empty()))
        return stripe(h);
    if (h.has({"order id", "order value"}) && !h.find({"sale date", "date posted"}).empty()) return etsy(h);
    if (h.has({"date", "time", "time zone", "transaction id", "net sales"})) return square(h);
    if (h.has({"date", "order #", "status", "customer", "net sales"})) return wooOrders(h);
    if (h.has({"email", "date registered", "total spend", "orders"})) return wooCustomers(h);
    if (h.has({"email", "patron status", "lifetime amount"})) return patreon(h);
    if (h.has({"email", "active_subscription", "created_at"})) return substack(h);
    if (h.has({"email address", "member_rating", "optin_time"})) return mailchimp(h);
    return generic(h);
}

} // namespace segmenta::orders
