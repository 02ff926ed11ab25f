"""Enumerations of the data model.

Stored as their string values (portable, readable in CSV and in DB Browser). Every member has an
English label marked for translation in the ``Enum`` context; the UI shows
``QCoreApplication.translate("Enum", member.label)``.
"""

from __future__ import annotations

from enum import StrEnum

from tvet_alliance.i18n import QT_TRANSLATE_NOOP


class LabelledEnum(StrEnum):
    """A string enum whose members carry a translatable English label."""

    @property
    def label(self) -> str:
        return _LABELS.get(self, self.value.replace("_", " ").capitalize())

    @classmethod
    def parse(cls, value: object) -> LabelledEnum:
        """Accept a member, its value or its English label (any case, spaces or underscores)."""
        if isinstance(value, cls):
            return value
        text = str(value).strip().lower().replace("-", "_").replace(" ", "_")
        for member in cls:
            if text in (member.value, member.label.lower().replace(" ", "_").replace("-", "_")):
                return member
        raise ValueError(value)


class OrgType(LabelledEnum):
    TVET_COLLEGE = "tvet_college"
    POLYTECHNIC = "polytechnic"
    UNIVERSITY = "university"
    ENTERPRISE = "enterprise"
    GOVERNMENT_AUTHORITY = "government_authority"
    ASSOCIATION = "association"
    NGO = "ngo"
    OTHER = "other"


class AllianceRole(LabelledEnum):
    CHAIR = "chair"
    VICE_CHAIR = "vice_chair"
    LEAD_PARTNER = "lead_partner"
    FOUNDING_MEMBER = "founding_member"
    MEMBER = "member"
    OBSERVER = "observer"


class MembershipStatus(LabelledEnum):
    PROSPECTIVE = "prospective"
    ACTIVE = "active"
    SUSPENDED = "suspended"
    WITHDRAWN = "withdrawn"


class Gender(LabelledEnum):
    FEMALE = "female"
    MALE = "male"
    OTHER = "other"


class ContactConsent(LabelledEnum):
    """Whether a person agreed to their contact details being shared with partners."""

    YES = "yes"
    NO = "no"
    NOT_ASKED = "not_asked"


class EventKind(LabelledEnum):
    SEMINAR = "seminar"
    WORKSHOP = "workshop"
    TRAINING = "training"
    MEETING = "meeting"
    COMPETITION = "competition"


class EventMode(LabelledEnum):
    IN_PERSON = "in_person"
    ONLINE = "online"
    HYBRID = "hybrid"


class ParticipationRole(LabelledEnum):
    SPEAKER = "speaker"
    DELEGATE = "delegate"
    OFFICIAL = "official"
    OBSERVER = "observer"
    ORGANIZER = "organizer"
    JUDGE = "judge"
    EXPERT = "expert"
    COMPETITOR = "competitor"
    STAFF = "staff"


class AttendanceMode(LabelledEnum):
    IN_PERSON = "in_person"
    ONLINE = "online"


class ParticipationStatus(LabelledEnum):
    INVITED = "invited"
    REGISTERED = "registered"
    CONFIRMED = "confirmed"
    ATTENDED = "attended"
    NO_SHOW = "no_show"
    CANCELLED = "cancelled"


class EntryStatus(LabelledEnum):
    REGISTERED = "registered"
    COMPETED = "competed"
    WITHDRAWN = "withdrawn"
    DISQUALIFIED = "disqualified"


class Medal(LabelledEnum):
    GOLD = "gold"
    SILVER = "silver"
    BRONZE = "bronze"
    EXCELLENCE = "excellence"
    NONE = "none"


class AspectKind(LabelledEnum):
    """How an aspect of a marking scheme is marked (WorldSkills practice)."""

    MEASUREMENT = "measurement"  # one mark, from 0 to the aspect's maximum
    JUDGEMENT = "judgement"  # three judges each score 0-3, scaled to the aspect's maximum


class CertificateKind(LabelledEnum):
    """What a certificate says: attending an event, a medal won, or taking part in a competition."""

    ATTENDANCE = "attendance"
    MEDAL = "medal"
    PARTICIPATION = "participation"


class AgreementKind(LabelledEnum):
    MOU = "mou"
    MOA = "moa"
    PARTNERSHIP = "partnership"
    TNE_PROGRAMME = "tne_programme"


class AgreementStatus(LabelledEnum):
    DRAFT = "draft"
    SIGNED = "signed"
    ACTIVE = "active"
    EXPIRED = "expired"
    TERMINATED = "terminated"


class CollaborationArea(LabelledEnum):
    CURRICULUM_DEVELOPMENT = "curriculum_development"
    QUALITY_ASSURANCE = "quality_assurance"
    TEACHER_TRAINING = "teacher_training"
    INFRASTRUCTURE = "infrastructure"
    COMMUNITY_ENGAGEMENT = "community_engagement"
    POLICY_ADVOCACY = "policy_advocacy"
    RESEARCH = "research"
    STUDENT_EXCHANGE = "student_exchange"
    DIGITAL_SKILLS = "digital_skills"


class SiteKind(LabelledEnum):
    HUB = "hub"
    REPLICA = "replica"


class ChangeOp(StrEnum):
    INSERT = "insert"
    UPDATE = "update"
    DELETE = "delete"


_LABELS: dict[LabelledEnum, str] = {
    OrgType.TVET_COLLEGE: QT_TRANSLATE_NOOP("Enum", "TVET college"),
    OrgType.POLYTECHNIC: QT_TRANSLATE_NOOP("Enum", "Polytechnic"),
    OrgType.UNIVERSITY: QT_TRANSLATE_NOOP("Enum", "University"),
    OrgType.ENTERPRISE: QT_TRANSLATE_NOOP("Enum", "Enterprise"),
    OrgType.GOVERNMENT_AUTHORITY: QT_TRANSLATE_NOOP("Enum", "Government authority"),
    OrgType.ASSOCIATION: QT_TRANSLATE_NOOP("Enum", "Association"),
    OrgType.NGO: QT_TRANSLATE_NOOP("Enum", "NGO"),
    OrgType.OTHER: QT_TRANSLATE_NOOP("Enum", "Other"),
    AllianceRole.CHAIR: QT_TRANSLATE_NOOP("Enum", "Chair"),
    AllianceRole.VICE_CHAIR: QT_TRANSLATE_NOOP("Enum", "Vice chair"),
    AllianceRole.LEAD_PARTNER: QT_TRANSLATE_NOOP("Enum", "Lead partner"),
    AllianceRole.FOUNDING_MEMBER: QT_TRANSLATE_NOOP("Enum", "Founding member"),
    AllianceRole.MEMBER: QT_TRANSLATE_NOOP("Enum", "Member"),
    AllianceRole.OBSERVER: QT_TRANSLATE_NOOP("Enum", "Observer"),
    MembershipStatus.PROSPECTIVE: QT_TRANSLATE_NOOP("Enum", "Prospective"),
    MembershipStatus.ACTIVE: QT_TRANSLATE_NOOP("Enum", "Active"),
    MembershipStatus.SUSPENDED: QT_TRANSLATE_NOOP("Enum", "Suspended"),
    MembershipStatus.WITHDRAWN: QT_TRANSLATE_NOOP("Enum", "Withdrawn"),
    Gender.FEMALE: QT_TRANSLATE_NOOP("Enum", "Female"),
    Gender.MALE: QT_TRANSLATE_NOOP("Enum", "Male"),
    Gender.OTHER: QT_TRANSLATE_NOOP("Enum", "Other"),
    ContactConsent.YES: QT_TRANSLATE_NOOP("Enum", "Yes"),
    ContactConsent.NO: QT_TRANSLATE_NOOP("Enum", "No"),
    ContactConsent.NOT_ASKED: QT_TRANSLATE_NOOP("Enum", "Not asked"),
    EventKind.SEMINAR: QT_TRANSLATE_NOOP("Enum", "Seminar"),
    EventKind.WORKSHOP: QT_TRANSLATE_NOOP("Enum", "Workshop"),
    EventKind.TRAINING: QT_TRANSLATE_NOOP("Enum", "Training"),
    EventKind.MEETING: QT_TRANSLATE_NOOP("Enum", "Meeting"),
    EventKind.COMPETITION: QT_TRANSLATE_NOOP("Enum", "Competition"),
    EventMode.IN_PERSON: QT_TRANSLATE_NOOP("Enum", "In person"),
    EventMode.ONLINE: QT_TRANSLATE_NOOP("Enum", "Online"),
    EventMode.HYBRID: QT_TRANSLATE_NOOP("Enum", "Hybrid"),
    ParticipationRole.SPEAKER: QT_TRANSLATE_NOOP("Enum", "Speaker"),
    ParticipationRole.DELEGATE: QT_TRANSLATE_NOOP("Enum", "Delegate"),
    ParticipationRole.OFFICIAL: QT_TRANSLATE_NOOP("Enum", "Official"),
    ParticipationRole.OBSERVER: QT_TRANSLATE_NOOP("Enum", "Observer"),
    ParticipationRole.ORGANIZER: QT_TRANSLATE_NOOP("Enum", "Organizer"),
    ParticipationRole.JUDGE: QT_TRANSLATE_NOOP("Enum", "Judge"),
    ParticipationRole.EXPERT: QT_TRANSLATE_NOOP("Enum", "Expert"),
    ParticipationRole.COMPETITOR: QT_TRANSLATE_NOOP("Enum", "Competitor"),
    ParticipationRole.STAFF: QT_TRANSLATE_NOOP("Enum", "Staff"),
    AttendanceMode.IN_PERSON: QT_TRANSLATE_NOOP("Enum", "In person"),
    AttendanceMode.ONLINE: QT_TRANSLATE_NOOP("Enum", "Online"),
    ParticipationStatus.INVITED: QT_TRANSLATE_NOOP("Enum", "Invited"),
    ParticipationStatus.REGISTERED: QT_TRANSLATE_NOOP("Enum", "Registered"),
    ParticipationStatus.CONFIRMED: QT_TRANSLATE_NOOP("Enum", "Confirmed"),
    ParticipationStatus.ATTENDED: QT_TRANSLATE_NOOP("Enum", "Attended"),
    ParticipationStatus.NO_SHOW: QT_TRANSLATE_NOOP("Enum", "No-show"),
    ParticipationStatus.CANCELLED: QT_TRANSLATE_NOOP("Enum", "Cancelled"),
    EntryStatus.REGISTERED: QT_TRANSLATE_NOOP("Enum", "Registered"),
    EntryStatus.COMPETED: QT_TRANSLATE_NOOP("Enum", "Competed"),
    EntryStatus.WITHDRAWN: QT_TRANSLATE_NOOP("Enum", "Withdrawn"),
    EntryStatus.DISQUALIFIED: QT_TRANSLATE_NOOP("Enum", "Disqualified"),
    Medal.GOLD: QT_TRANSLATE_NOOP("Enum", "Gold"),
    Medal.SILVER: QT_TRANSLATE_NOOP("Enum", "Silver"),
    Medal.BRONZE: QT_TRANSLATE_NOOP("Enum", "Bronze"),
    Medal.EXCELLENCE: QT_TRANSLATE_NOOP("Enum", "Excellence"),
    Medal.NONE: QT_TRANSLATE_NOOP("Enum", "No medal"),
    CertificateKind.ATTENDANCE: QT_TRANSLATE_NOOP("Enum", "Attendance"),
    CertificateKind.MEDAL: QT_TRANSLATE_NOOP("Enum", "Medal"),
    CertificateKind.PARTICIPATION: QT_TRANSLATE_NOOP("Enum", "Participation"),
    AspectKind.MEASUREMENT: QT_TRANSLATE_NOOP("Enum", "Measurement"),
    AspectKind.JUDGEMENT: QT_TRANSLATE_NOOP("Enum", "Judgement"),
    AgreementKind.MOU: QT_TRANSLATE_NOOP("Enum", "MOU"),
    AgreementKind.MOA: QT_TRANSLATE_NOOP("Enum", "MOA"),
    AgreementKind.PARTNERSHIP: QT_TRANSLATE_NOOP("Enum", "Partnership"),
    AgreementKind.TNE_PROGRAMME: QT_TRANSLATE_NOOP("Enum", "TNE programme"),
    AgreementStatus.DRAFT: QT_TRANSLATE_NOOP("Enum", "Draft"),
    AgreementStatus.SIGNED: QT_TRANSLATE_NOOP("Enum", "Signed"),
    AgreementStatus.ACTIVE: QT_TRANSLATE_NOOP("Enum", "Active"),
    AgreementStatus.EXPIRED: QT_TRANSLATE_NOOP("Enum", "Expired"),
    AgreementStatus.TERMINATED: QT_TRANSLATE_NOOP("Enum", "Terminated"),
    CollaborationArea.CURRICULUM_DEVELOPMENT: QT_TRANSLATE_NOOP("Enum", "Curriculum development"),
    CollaborationArea.QUALITY_ASSURANCE: QT_TRANSLATE_NOOP("Enum", "Quality assurance"),
    CollaborationArea.TEACHER_TRAINING: QT_TRANSLATE_NOOP("Enum", "Teacher training"),
    CollaborationArea.INFRASTRUCTURE: QT_TRANSLATE_NOOP("Enum", "Infrastructure"),
    CollaborationArea.COMMUNITY_ENGAGEMENT: QT_TRANSLATE_NOOP("Enum", "Community engagement"),
    CollaborationArea.POLICY_ADVOCACY: QT_TRANSLATE_NOOP("Enum", "Policy advocacy"),
    CollaborationArea.RESEARCH: QT_TRANSLATE_NOOP("Enum", "Research"),
    CollaborationArea.STUDENT_EXCHANGE: QT_TRANSLATE_NOOP("Enum", "Student exchange"),
    CollaborationArea.DIGITAL_SKILLS: QT_TRANSLATE_NOOP("Enum", "Digital skills"),
    SiteKind.HUB: QT_TRANSLATE_NOOP("Enum", "Office database"),
    SiteKind.REPLICA: QT_TRANSLATE_NOOP("Enum", "Offline copy"),
}
