// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/segment/gmm.h"

#include <Eigen/Cholesky>
#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>

#include "core/segment/kmeans.h"
#include "core/segment/kmeans_kernel.h"
#include "core/segment/sub_progress.h"

namespace segmenta {

namespace {

using kernel::kChunk;

// E-step over all rows: responsibilities and the log-likelihood of each row.
double eStep(const Eigen::MatrixXd& x, const std::vector<GmmComponent>& comps, bool full, Eigen::MatrixXd& resp,
             std::vector<double>* rowLL) {
    const std::size_t n = std::size_t(x.rows()), chunks = kernel::chunkCount(n);
    const auto k = Eigen::Index(comps.size()), d = x.cols();
    resp.resize(Eigen::Index(n), k);
    if (rowLL) rowLL->assign(n, 0.0);
    std::vector<double> part(chunks, 0.0);
    kernel::forChunks(chunks, 0, [&](std::size_t ch, unsigned) {
        Eigen::VectorXd lp(k);
        Eigen::RowVectorXd diff(d), y(d);
        double sum = 0;
        for (std::size_t i = ch * kChunk; i < std::min(n, (ch + 1) * kChunk); ++i) {
            for (Eigen::Index c = 0; c < k; ++c) {
                const GmmComponent& cp = comps[std::size_t(c)];
                diff = x.row(Eigen::Index(i)) - cp.mean;
                double maha;
                if (full) { y.noalias() = diff * cp.invChol.transpose(); maha = y.squaredNorm(); }
                else maha = (diff.array().square() * cp.invVar.array()).sum();
                lp(c) = cp.logNorm - 0.5 * maha;
            }
            const double mx = lp.maxCoeff();
            const double lse = mx + std::log((lp.array() - mx).exp().sum());
            resp.row(Eigen::Index(i)) = (lp.array() - lse).exp().transpose();
            if (rowLL) (*rowLL)[i] = lse;
            sum += lse;
        }
        part[ch] = sum;
    });
    double total = 0;
    for (double p : part) total += p;
    return total / double(n);
}

// M-step (scikit-learn's _estimate_gaussian_parameters), sums in chunk order.
void mStep(const Eigen::MatrixXd& x, const Eigen::MatrixXd& resp, bool full, double reg, Eigen::VectorXd& w,
           Eigen::MatrixXd& means, Eigen::MatrixXd& vars, std::vector<Eigen::MatrixXd>& covs) {
    const std::size_t n = std::size_t(x.rows()), chunks = kernel::chunkCount(n);
    const auto k = resp.cols(), d = x.cols();
    std::vector<Eigen::MatrixXd> sx(chunks), sw(chunks);
    kernel::forChunks(chunks, 0, [&](std::size_t ch, unsigned) {
        const auto b = Eigen::Index(ch * kChunk), e = Eigen::Index(std::min(n, (ch + 1) * kChunk));
        sw[ch] = resp.middleRows(b, e - b).colwise().sum();
        sx[ch].setZero(k, d);
        for (Eigen::Index i = b; i < e; ++i)
            for (Eigen::Index c = 0; c < k; ++c) sx[ch].row(c) += resp(i, c) * x.row(i);
    });
    Eigen::RowVectorXd nk = Eigen::RowVectorXd::Zero(k);
    means.setZero(k, d);
    for (std::size_t ch = 0; ch < chunks; ++ch) { nk += sw[ch]; means += sx[ch]; }
    nk.array() += 10 * std::numeric_limits<double>::epsilon();
    for (Eigen::Index c = 0; c < k; ++c) means.row(c) /= nk(c);
    std::vector<std::vector<Eigen::MatrixXd>> sc(chunks);
    kernel::forChunks(chunks, 0, [&](std::size_t ch, unsigned) {
        const auto b = Eigen::Index(ch * kChunk), e = Eigen::Index(std::min(n, (ch + 1) * kChunk));
        auto& acc = sc[ch];
        acc.assign(std::size_t(k), full ? Eigen::MatrixXd::Zero(d, d) : Eigen::MatrixXd::Zero(1, d));
        Eigen::RowVectorXd diff(d);
        for (Eigen::Index i = b; i < e; ++i)
            for (Eigen::Index c = 0; c < k; ++c) {
                diff = x.row(i) - means.row(c);
                if (full) acc[std::size_t(c)].noalias() += resp(i, c) * diff.transpose() * diff;
                else acc[std::size_t(c)].row(0) += resp(i, c) * diff.array().square().matrix();
            }
    });
    covs.assign(full ? std::size_t(k) : 0, Eigen::MatrixXd::Zero(d, d));
    vars.setZero(k, d);
    for (Eigen::Index c = 0; c < k; ++c) {
        Eigen::MatrixXd s = full ? Eigen::MatrixXd::Zero(d, d) : Eigen::MatrixXd::Zero(1, d);
        for (std::size_t ch = 0; ch < chunks; ++ch) s += sc[ch][std::size_t(c)];
        s /= nk(c);
        if (full) { s.diagonal().array() += reg; covs[std::size_t(c)] = s; vars.row(c) = s.diagonal().transpose(); }
        else vars.row(c) = s.row(0).array() + reg;
    }
    w = (nk / double(n)).transpose();
}

} // namespace

Result<std::vector<GmmComponent>> gmmComponents(const Eigen::VectorXd& w, const Eigen::MatrixXd& means,
                                                const Eigen::MatrixXd& vars, const std::vector<Eigen::MatrixXd>& covs,
                                                bool full) {
    const auto k = means.rows(), d = means.cols();
    std::vector<GmmComponent> comps(static_cast<std::size_t>(k));
    const double base = double(d) * std::log(2 * std::numbers::pi);
    for (Eigen::Index c = 0; c < k; ++c) {
        GmmComponent& cp = comps[std::size_t(c)];
        cp.mean = means.row(c);
        double logDet = 0;
        if (full) {
            Eigen::LLT<Eigen::MatrixXd> llt(covs[std::size_t(c)]);
            if (llt.info() != Eigen::Success)
                return makeError(ErrorKind::BadInput, "a mixture component collapsed (its spread became zero); "
                                                      "try fewer segments, diagonal covariance, or k-means");
            const Eigen::MatrixXd L = llt.matrixL();
            cp.invChol = L.triangularView<Eigen::Lower>().solve(Eigen::MatrixXd::Identity(d, d));
            for (Eigen::Index j = 0; j < d; ++j) logDet += 2 * std::log(L(j, j));
        } else {
            cp.invVar = vars.row(c).cwiseInverse();
            for (Eigen::Index j = 0; j < d; ++j) logDet += std::log(vars(c, j));
        }
        cp.logNorm = std::log(w(c)) - 0.5 * (base + logDet);
    }
    return comps;
}

Eigen::MatrixXd gmmPredictProba(const Eigen::MatrixXd& x, const Eigen::VectorXd& weights, const Eigen::MatrixXd& means,
                                const Eigen::MatrixXd& variances, const std::vector<Eigen::MatrixXd>& covariances,
                                bool full, std::vector<double>* rowLogLikelihood) {
    Eigen::MatrixXd resp;
    auto comps = gmmComponents(weights, means, variances, covariances, full);
    if (!comps) return resp;
    eStep(x, *comps, full, resp, rowLogLikelihood);
    return resp;
}

Result<GmmFit> fitGmm(const Eigen::MatrixXd& x, const GmmOptions& o, const Progress* progress) {
    const auto n = x.rows(), d = x.cols();
    KMeansOptions ko;
    ko.k = o.k;
    ko.nInit = o.kmeansNInit;
    ko.seed = o.seed;
    SubProgress init(progress, 0, 0.2);
    auto km = kmeans(x, ko, init.get());
    if (!km) return km.error();
    GmmFit fit;
    Eigen::MatrixXd resp = Eigen::MatrixXd::Zero(n, o.k);
    for (Eigen::Index i = 0; i < n; ++i) resp(i, km->labels[std::size_t(i)]) = 1;
    mStep(x, resp, o.fullCovariance, o.regCovar, fit.weights, fit.means, fit.variances, fit.covariances);
    double lower = -std::numeric_limits<double>::infinity();
    for (int it = 1; it <= o.maxIter; ++it) {
        if (cancelled(progress)) return makeError(ErrorKind::Cancelled, "the segmentation was cancelled");
        auto comps = gmmComponents(fit.weights, fit.means, fit.variances, fit.covariances, o.fullCovariance);
        if (!comps) return comps.error();
        const double ll = eStep(x, *comps, o.fullCovariance, resp, nullptr);
        mStep(x, resp, o.fullCovariance, o.regCovar, fit.weights, fit.means, fit.variances, fit.covariances);
        fit.iterations = it;
        report(progress, 0.2 + 0.8 * double(it) / double(o.maxIter), "Gaussian mixture");
        const double change = ll - lower;
        lower = ll;
        if (std::abs(change) < o.tol) { fit.converged = true; break; }
    }
    auto comps = gmmComponents(fit.weights, fit.means, fit.variances, fit.covariances, o.fullCovariance);
    if (!comps) return comps.error();
    fit.meanLogLikelihood = eStep(x, *comps, o.fullCovariance, fit.responsibilities, nullptr);
    fit.labels.resize(std::size_t(n));
    for (Eigen::Index i = 0; i < n; ++i) {
        Eigen::Index best;
        fit.responsibilities.row(i).maxCoeff(&best);
        fit.labels[std::size_t(i)] = std::int32_t(best);
    }
    const double covParams = o.fullCovariance ? double(o.k) * double(d) * double(d + 1) / 2 : double(o.k) * double(d);
    const double params = covParams + double(o.k) * double(d) + double(o.k - 1);
    fit.bic = -2 * fit.meanLogLikelihood * double(n) + params * std::log(double(n));
    return fit;
}

} // namespace segmenta
