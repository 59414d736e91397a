"""L2-regularised logistic regression in numpy: the answerability model's fit, a few hundred rows at most.

Newton's method on the penalised log-loss, which is strictly convex with any L2 > 0, so it
converges in a few steps and gives the same weights every run (no seeds, no learning rate).
"""

from __future__ import annotations

import numpy as np


def fit_logistic(x: np.ndarray, y: np.ndarray, *, l2: float = 0.01, steps: int = 100) -> np.ndarray:
    """Weights [intercept, w_1..w_d] minimising mean log-loss + l2/2 * |w|^2 (the intercept unpenalised).

    x: (n, d) features, y: (n,) labels in {0, 1}. Separable data does not run the weights off to
    infinity: the penalty keeps them finite, which is what L2 is for here.
    """
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    if x.ndim != 2 or y.shape != (x.shape[0],):
        raise ValueError(f"fit_logistic: x is {x.shape}, y is {y.shape}; want (n, d) and (n,)")
    if not len(y):
        raise ValueError("fit_logistic: no rows to fit")
    design = np.hstack([np.ones((len(y), 1)), x])
    penalty = l2 * np.diag(np.r_[0.0, np.ones(x.shape[1])])
    w = np.zeros(design.shape[1])
    for _ in range(steps):
        p = predict_logistic(w, x)
        grad = design.T @ (p - y) / len(y) + penalty @ w
        hess = (design.T * (p * (1 - p))) @ design / len(y) + penalty
        step = np.linalg.solve(hess + 1e-9 * np.eye(len(w)), grad)
        w -= step
        if np.max(np.abs(step)) < 1e-10:
            break
    return w


def predict_logistic(w: np.ndarray, x: np.ndarray) -> np.ndarray:
    """Probabilities from weights [intercept, w_1..w_d] and (n, d) features."""
    z = w[0] + np.asarray(x, dtype=float) @ w[1:]
    return 1.0 / (1.0 + np.exp(-np.clip(z, -500, 500)))
