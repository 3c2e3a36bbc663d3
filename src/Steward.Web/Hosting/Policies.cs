using Steward.Core.Accounts;

namespace Steward.Web.Hosting;

/// <summary>
/// The portal's authorisation policies, named for what they allow (conventions §3.1a), one per
/// <see cref="Capability"/>. Public pages and the read API allow everyone and say so; anything that declares
/// nothing falls to the fallback policy (signed in), and the route-by-role test fails on it.
/// </summary>
public static class Policies
{
    public const string CanUseAccount = nameof(CanUseAccount);

    public const string CanManageInstance = nameof(CanManageInstance);

    public const string CanInviteMembers = nameof(CanInviteMembers);

    public const string CanEditSupplierProfile = nameof(CanEditSupplierProfile);

    public const string CanVerifyEvidence = nameof(CanVerifyEvidence);

    public const string CanReadAuditTrail = nameof(CanReadAuditTrail);

    public const string CanDesignTenders = nameof(CanDesignTenders);

    public const string CanSubmitBids = nameof(CanSubmitBids);

    public const string CanScoreBids = nameof(CanScoreBids);

    public const string CanRunEvaluation = nameof(CanRunEvaluation);

    public const string CanManageDelivery = nameof(CanManageDelivery);

    public const string CanReportDelivery = nameof(CanReportDelivery);

    public const string CanVerifyDelivery = nameof(CanVerifyDelivery);

    /// <summary>Each policy and the capability it requires.</summary>
    public static IReadOnlyDictionary<string, Capability> All { get; } = new Dictionary<string, Capability>(StringComparer.Ordinal)
    {
        [CanUseAccount] = Capability.UseAccount,
        [CanManageInstance] = Capability.ManageInstance,
        [CanInviteMembers] = Capability.InviteMembers,
        [CanEditSupplierProfile] = Capability.EditSupplierProfile,
        [CanVerifyEvidence] = Capability.VerifyEvidence,
        [CanReadAuditTrail] = Capability.ReadAuditTrail,
        [CanDesignTenders] = Capability.DesignTenders,
        [CanSubmitBids] = Capability.SubmitBids,
        [CanScoreBids] = Capability.ScoreBids,
        [CanRunEvaluation] = Capability.RunEvaluation,
        [CanManageDelivery] = Capability.ManageDelivery,
        [CanReportDelivery] = Capability.ReportDelivery,
        [CanVerifyDelivery] = Capability.VerifyDelivery,
    };
}
