namespace Steward.Core.Suppliers;

/// <summary>What a lot is reserved for, with the OCDS <c>reservedParticipation</c> code of each.</summary>
public enum Reservation
{
    /// <summary>PA 2023 s.32, supported employment providers (OCDS <c>shelteredWorkshop</c>).</summary>
    SupportedEmployment,

    /// <summary>PA 2023 s.33, public service mutuals (OCDS <c>publicServiceMissionOrganization</c>).</summary>
    PublicServiceMutual,

    /// <summary>The UK's below-threshold reservation for SMEs and VCSEs (UK OCDS code <c>smeVcse</c>).</summary>
    SmeVcse,
}
