"""The classifier's estimator: a logistic regression that starts from the trust-weighted vote.

``logit p = logit(prior) + b + w . z``: the prior (the trust-weighted share of sources
agreeing, clipped to [PRIOR_CLIP, 1 - PRIOR_CLIP]) enters as a fixed offset with
coefficient one, and the intercept ``b`` and the coefficients ``w`` of the standardised
features ``z`` are shrunk towards zero by an L2 penalty of strength 1 / C. With few labels
the model is the prior itself, on the prior's own scale; the data move it only as far as
they can support. No calibrator is fitted on top: the offset already says a probability,
and a calibrator fitted on thirds of a few hundred claims (as the earlier design did) put
a different scale on each night's scores, so pooled nights ranked worse than the vote.
``RecordPriorLogit``, the model trained now, also moves an uncontradicted claim's prior by
its speaker's record, which the share cannot see there.
"""

from __future__ import annotations

import numpy as np
from scipy.optimize import minimize
from sklearn.base import BaseEstimator, ClassifierMixin

# A unanimous vote says 95% before the labels say more: a few voices agreeing do not make
# a claim certain, and logit(1) would be infinite.
PRIOR_CLIP = 0.05


class PriorOffsetLogit(ClassifierMixin, BaseEstimator):
    """Penalised logistic regression around the prior in column ``prior_index`` (see module docstring)."""

    def __init__(self, C: float = 1.0, prior_index: int = 0, clip: float = PRIOR_CLIP):
        self.C = C
        self.prior_index = prior_index
        self.clip = clip

    def _offset(self, x: np.ndarray) -> np.ndarray:
        prior = np.clip(x[:, self.prior_index], self.clip, 1.0 - self.clip)
        return np.log(prior / (1.0 - prior))

    def _design(self, x: np.ndarray) -> np.ndarray:
        """Standardised features and a column of ones for the (penalised) intercept."""
        return np.column_stack([(x - self.mean_) / self.scale_, np.ones(len(x))])

    def fit(self, x: np.ndarray, y: np.ndarray) -> PriorOffsetLogit:
        x, y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
        self.classes_ = np.array([0, 1])
        self.mean_ = x.mean(axis=0)
        spread = x.std(axis=0)
        # a constant column (a kind no claim has) stays 0 after centring, as StandardScaler leaves it
        self.scale_ = np.where(spread > 0, spread, 1.0)
        design, offset = self._design(x), self._offset(x)

        def loss_and_gradient(weights: np.ndarray) -> tuple[float, np.ndarray]:
            logits = offset + design @ weights
            p = 1.0 / (1.0 + np.exp(-logits))
            loss = np.sum(np.logaddexp(0.0, logits) - y * logits) + 0.5 / self.C * weights @ weights
            return loss, design.T @ (p - y) + weights / self.C

        weights = minimize(loss_and_gradient, np.zeros(design.shape[1]), jac=True, method="L-BFGS-B").x
        self.coef_, self.intercept_ = weights[:-1], float(weights[-1])
        return self

    def decision_function(self, x: np.ndarray) -> np.ndarray:
        x = np.asarray(x, dtype=float)
        return self._offset(x) + self._design(x) @ np.append(self.coef_, self.intercept_)

    def predict_proba(self, x: np.ndarray) -> np.ndarray:
        p = 1.0 / (1.0 + np.exp(-self.decision_function(x)))
        return np.column_stack([1.0 - p, p])

    def predict(self, x: np.ndarray) -> np.ndarray:
        return (self.predict_proba(x)[:, 1] >= 0.5).astype(int)

    def contributions(self, x: np.ndarray) -> np.ndarray:
        """Per row and feature, its push on the logit: the penalised term, plus the offset on the prior's column."""
        x = np.asarray(x, dtype=float)
        pushes = (x - self.mean_) / self.scale_ * self.coef_
        pushes[:, self.prior_index] += self._offset(x)
        return pushes


# A speaker's labelled record is shrunk towards the training claims' rate with the weight of
# this many claims, as truth discovery shrinks a source's trust (crosscheck/score/truth.py).
RECORD_WEIGHT = 4.0


class RecordPriorLogit(PriorOffsetLogit):
    """The prior-offset model whose prior, for a claim nobody has contradicted, also weighs its speaker's record.

    The trust-weighted share is 1 for a claim no source has contradicted, whatever its
    speaker's record: an official whose claims were refuted before says 0.95 as surely as a
    wire with a clean record. For those claims the prior's log-odds move by how far the
    speaker's record, shrunk towards ``unopposed_rate_`` with the weight of RECORD_WEIGHT
    claims, lies from that rate: ``logit(r) - logit(unopposed_rate_)``, where ``r =
    (corroborated + w * rate) / (labelled + w)``. ``unopposed_rate_`` is learnt at fit time
    from the training labels: the share of uncontradicted training claims corroborated, itself
    shrunk towards all training claims' share. A speaker without a record moves nothing; the
    result is clipped like the share. Opposed claims keep the plain share, whose weights
    already hold each voice's record.

    The columns it reads are as ``classifier.feature_matrix`` builds them: the number of
    contradicting sources and the speaker's number of past labels on a log1p scale, the
    speaker's Laplace-smoothed past reliability as is.
    """

    def __init__(self, C: float = 1.0, prior_index: int = 0, clip: float = PRIOR_CLIP,
                 contradict_index: int = 1, reliability_index: int = 2, labels_index: int = 3,
                 weight: float = RECORD_WEIGHT):
        super().__init__(C=C, prior_index=prior_index, clip=clip)
        self.contradict_index = contradict_index
        self.reliability_index = reliability_index
        self.labels_index = labels_index
        self.weight = weight

    def fit(self, x: np.ndarray, y: np.ndarray) -> RecordPriorLogit:
        x, y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
        unopposed = x[:, self.contradict_index] == 0
        rate = (y[unopposed].sum() + self.weight * y.mean()) / (unopposed.sum() + self.weight)
        self.unopposed_rate_ = float(np.clip(rate, self.clip, 1.0 - self.clip))
        return super().fit(x, y)

    def _record_push(self, x: np.ndarray) -> np.ndarray:
        """Per row, the speaker record's move of the prior's log-odds (0 for opposed claims)."""
        labels = np.expm1(x[:, self.labels_index])
        corroborated = np.clip(x[:, self.reliability_index] * (labels + 2.0) - 1.0, 0.0, labels)
        rate = self.unopposed_rate_
        record = (corroborated + self.weight * rate) / (labels + self.weight)
        push = _logit(record) - _logit(rate)
        return np.where(x[:, self.contradict_index] == 0, push, 0.0)

    def _offset(self, x: np.ndarray) -> np.ndarray:
        bound = _logit(1.0 - self.clip)
        return np.clip(super()._offset(x) + self._record_push(x), -bound, bound)

    def contributions(self, x: np.ndarray) -> np.ndarray:
        """As the plain model's, with the record's move of the prior shown on the speaker's reliability."""
        x = np.asarray(x, dtype=float)
        pushes = super().contributions(x)
        share_only = PriorOffsetLogit._offset(self, x)
        record = self._offset(x) - share_only
        pushes[:, self.prior_index] -= record
        pushes[:, self.reliability_index] += record
        return pushes


def _logit(p):
    return np.log(p / (1.0 - p))
