namespace Steward.Core.Accounts;

/// <summary>
/// What a signed-in person may do. Authorisation policies in the portal are named for these (conventions §3.1a),
/// never for roles; <see cref="Capabilities"/> says which role grants which.
/// </summary>
public enum Capability
{
    /// <summary>See and manage one's own account (any signed-in person).</summary>
    UseAccount,

    /// <summary>Create organisations, issue and revoke machine tokens, see every organisation's members.</summary>
    ManageInstance,

    /// <summary>Invite people to the organisation one acts for, and remove them.</summary>
    InviteMembers,

    /// <summary>Edit and submit the register profile of the supplier one acts for, and upload its evidence.</summary>
    EditSupplierProfile,

    /// <summary>Check register evidence and mark what it covers and until when.</summary>
    VerifyEvidence,

    /// <summary>Read the audit trail's entries (its head hash is public).</summary>
    ReadAuditTrail,

    /// <summary>Set the buyer's goals, design its tenders, check them and publish them as OCDS.</summary>
    DesignTenders,

    /// <summary>Bid for published Steward tenders for the supplier one acts for, keep the receipts, answer the buyer's questions and read its assessment summaries.</summary>
    SubmitBids,

    /// <summary>On a procurement's panel: declare interests in its bidders, then read and mark the bids one may (never their prices).</summary>
    ScoreBids,

    /// <summary>Run a buyer's evaluation: open the tender box, set the panel, moderate, decide on abnormally low prices, award, issue assessment summaries and publish the notices.</summary>
    RunEvaluation,

    /// <summary>Take on the buyer's contracts for delivery, set and change their KPIs (PA 2023 s.52), rate performance (s.71), publish it and read the quarterly report.</summary>
    ManageDelivery,

    /// <summary>Report delivery against the KPIs of the contracts the supplier one acts for holds, with evidence, and correct a queried report.</summary>
    ReportDelivery,

    /// <summary>Verify, query or reject suppliers' delivery reports on the buyer's contracts, with a reason.</summary>
    VerifyDelivery,
}
