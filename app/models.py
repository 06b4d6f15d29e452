"""Every model, imported in one place so Alembic and relationships see them all."""

from app.audit.models import AuditRead  # noqa: F401
from app.clients.models import (  # noqa: F401
    AutoTagRule,
    CustomerFlag,
    CustomerMerge,
    CustomerRfm,
    CustomerSnapshot,
    CustomerTag,
    CustomerTagChange,
    FollowUp,
    Handover,
    SegmentChange,
    StageChange,
    Tag,
    TagGroup,
)
from app.core.models import (  # noqa: F401
    ActivityEvent,
    Company,
    DailyCounter,
    IdempotencyKey,
    Notification,
    NotificationDelivery,
)
from app.customers.models import Customer  # noqa: F401     Category
from app.inbox.models import Article, Booking, Consultation  # noqa: F401
from app.jobs.models import JobLease, JobRun  # noqa: F401
from app.marketing.models import (  # noqa: F401
    BuyGroup,
    CouponClaim,
    CouponTemplate,
    GroupBuy,
    GroupMember,
    GroupTransition,
    MarketingAudience,
    Material,
    MaterialOpen,
)
from app.org.models import OrgUnit, User  # noqa: F401
from app.shop.models import (  # noqa: F401     Category
    CommissionEntry,
    Order,
    OrderDiscount,
    OrderLine,
    OrderTransition,
    Product,
    ProductDay,
    ShareToken,
    ShelfItem,
    ShelfPin,
    ShopProfile,
    VisitorDay,
)
from app.strategies.models import Strategy  # noqa: F401
from app.supervision.models import (  # noqa: F401
    DailyReport,
    GuidanceMessage,
    GuidanceRead,
    GuidanceThread,
    ReportSetting,
    Target,
)
from app.training.models import (  # noqa: F401
    ActionCredit,
    AttemptAnswer,
    CheckIn,
    PageRead,
    Question,
    QuestionBank,
    QuizAttempt,
    QuizQuestion,
    TaskAudience,
    TaskProgress,
    TaskReminder,
    TrainingPage,
    TrainingTask,
)
