"""Backprop Lab's engine: chapter 5 of *Deep Learning from Scratch* in NumPy.

Pure NumPy and the standard library: no Qt, no threads, no printing. The GUI
and the CLI use the engine only through the names exported here.
"""
from .analysis import (
    classify,
    confident_mistakes,
    confusion_matrix,
    image_side,
    misclassified,
    per_class_accuracy,
    predict_scores,
    predictions,
    weight_tiles,
)
from .atomic import SaveTargetError, atomic_path, check_save_target
from .augment import augment_batch
from .bughunt import (
    HUNT_LAYERS,
    bug_layer,
    bugs_of_layer,
    judge,
    mystery_bug,
    mystery_net,
    normalise_code,
)
from .config import LIMITS, MAX_BATCH_MACS, MAX_PARAMS, TrainConfig, largest_batch
from .data import (
    FASHION_CLASS_NAMES,
    MNIST_CLASS_NAMES,
    DataFileError,
    Dataset,
    default_cache_dir,
    load_dataset,
    load_mnist,
    read_idx,
)
from .exercise import GRADED_LAYERS, Check, ExerciseReport, LayerGrade, grade_source
from .explain import FORMULAS, StageRecord, StepTrace, trace_step
from .familiarity import Familiarity, FamiliarityVerdict
from .faults import BUGS, Bug, broken_params, bug_applies, bug_names, bug_refusal
from .functions import (
    cross_entropy_error,
    log_softmax,
    numerical_gradient,
    relu,
    sigmoid,
    softmax,
    softmax_cross_entropy,
)
from .gradcheck import (
    PASSING,
    THRESHOLDS,
    VERDICTS,
    Cancelled,
    GradCheckResult,
    GradCheckRow,
    gradient_check,
    verdict_for,
)
from .graph import Graph
from .graph_ops import OPS as GRAPH_OPS
from .graph_ops import combine
from .graph_presets import GRAPH_PRESETS, GraphPreset, build_graph, network_graph
from .graph_records import (
    Edge,
    Explanation,
    GraphError,
    Node,
    Nudge,
    Revealed,
    Step,
    Term,
    parse_value,
    value_summary,
)
from .health import (
    EXPLODING_RATIO,
    EXPLODING_UPDATE,
    HEALTH_SAMPLES,
    HEALTHY_UPDATE_RATIO,
    HealthReport,
    LayerHealth,
    layer_health,
)
from .health import VERDICTS as HEALTH_VERDICTS
from .isolation import (
    DEFAULT_MEMORY_MB,
    DEFAULT_TIMEOUT,
    grade_file_isolated,
    train_isolated,
)
from .layer_naive import AddLayer, MulLayer
from .layers import Affine, Relu, Sigmoid, SoftmaxWithLoss
from .modelspec import MAX_PARAM_BYTES, MAX_TOTAL_STEP, network_config
from .network import LayerNet, MultiLayerNet, TwoLayerNet
from .optimizers import OPTIMIZERS, SGD, AdaGrad, Adam, Momentum, make_optimizer
from .persist import MAX_MODEL_FILE_BYTES, ModelFileError, load_model, save_model
from .pixels import Pixels, to_float32
from .preprocess import (
    SIDE as MNIST_SIDE,  # the side of every MNIST image, and of a drawing once preprocessed
)
from .preprocess import EmptyDrawingError, PreprocessStages, preprocess_stages, to_mnist
from .pretrained import PRETRAINED_COMMAND, PRETRAINED_NAME, load_pretrained
from .reasons import (
    ConfigError,
    ConfigPart,
    ConfigProblem,
    Divergence,
    DivergenceCause,
    network_name,
    sci,
    sci_apart,
)
from .session import (
    CURVE_KEYS,
    MAX_CURVE_POINTS,
    MAX_CURVE_VALUE,
    MAX_SESSION_FILE_BYTES,
    Session,
    SessionFileError,
    load_session,
    save_session,
)
from .trainer import FINAL_KINDS, Report, Trainer, build_network

__all__ = [
    "SaveTargetError", "atomic_path", "check_save_target", "LIMITS", "TrainConfig",
    "FASHION_CLASS_NAMES", "MNIST_CLASS_NAMES", "DataFileError", "Dataset", "default_cache_dir",
    "load_dataset", "load_mnist", "read_idx",
    "BUGS", "Bug", "bug_names", "bug_applies", "bug_refusal", "broken_params",
    "HUNT_LAYERS", "bug_layer", "bugs_of_layer", "judge", "mystery_bug", "mystery_net", "normalise_code",
    "GRADED_LAYERS", "Check", "ExerciseReport", "LayerGrade", "grade_source",
    "DEFAULT_MEMORY_MB", "DEFAULT_TIMEOUT", "grade_file_isolated", "train_isolated",
    "cross_entropy_error", "log_softmax", "numerical_gradient", "relu", "sigmoid", "softmax",
    "softmax_cross_entropy",
    "THRESHOLDS", "VERDICTS", "PASSING", "Cancelled", "GradCheckResult", "GradCheckRow", "gradient_check", "verdict_for",
    "Affine", "Relu", "Sigmoid", "SoftmaxWithLoss", "MulLayer", "AddLayer",
    "Graph", "GraphError", "GraphPreset", "GRAPH_PRESETS", "GRAPH_OPS", "build_graph", "network_graph",
    "combine", "parse_value", "value_summary",
    "Edge", "Explanation", "Node", "Nudge", "Revealed", "Step", "Term",
    "LayerNet", "MultiLayerNet", "TwoLayerNet",
    "OPTIMIZERS", "SGD", "AdaGrad", "Adam", "Momentum", "make_optimizer",
    "Pixels", "to_float32",
    "MAX_MODEL_FILE_BYTES", "MAX_PARAM_BYTES", "MAX_TOTAL_STEP", "ModelFileError", "load_model", "save_model",
    "network_config",
    "EmptyDrawingError", "PreprocessStages", "preprocess_stages", "to_mnist",
    "Familiarity", "FamiliarityVerdict",
    "PRETRAINED_COMMAND", "PRETRAINED_NAME", "load_pretrained", "augment_batch",
    "FINAL_KINDS", "Report", "Trainer", "build_network",
    "ConfigError", "ConfigPart", "ConfigProblem", "Divergence", "DivergenceCause", "network_name", "sci", "sci_apart",
    "MAX_PARAMS", "MAX_BATCH_MACS", "largest_batch",
    "CURVE_KEYS", "MAX_CURVE_POINTS", "MAX_CURVE_VALUE", "MAX_SESSION_FILE_BYTES", "Session", "SessionFileError",
    "load_session", "save_session",
    "FORMULAS", "StageRecord", "StepTrace", "trace_step",
    "confident_mistakes", "confusion_matrix", "misclassified", "per_class_accuracy", "predict_scores",
    "predictions", "weight_tiles", "image_side", "classify", "MNIST_SIDE",
    "HEALTH_SAMPLES", "HEALTH_VERDICTS", "HEALTHY_UPDATE_RATIO", "EXPLODING_RATIO", "EXPLODING_UPDATE",
    "HealthReport", "LayerHealth", "layer_health",
]
