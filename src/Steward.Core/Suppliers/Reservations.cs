namespace Steward.Core.Suppliers;

/// <summary>Names of <see cref="Reservation"/>: the OCDS codes the store holds and the short names the command line takes.</summary>
public static class Reservations
{
    public static string OcdsCode(this Reservation reservation) => reservation switch
    {
        Reservation.SupportedEmployment => "shelteredWorkshop",
        Reservation.PublicServiceMutual => "publicServiceMissionOrganization",
        _ => "smeVcse",
    };

    public static string ShortName(this Reservation reservation) => reservation switch
    {
        Reservation.SupportedEmployment => "s32",
        Reservation.PublicServiceMutual => "s33",
        _ => "sme-vcse",
    };

    /// <summary>The legal or policy basis, for reasons.</summary>
    public static string Reference(this Reservation reservation) => reservation switch
    {
        Reservation.SupportedEmployment => "PA 2023 s.32",
        Reservation.PublicServiceMutual => "PA 2023 s.33",
        _ => "UK below-threshold reservation for SMEs and VCSEs (UK OCDS reservedParticipation code smeVcse)",
    };

    /// <summary>Reads <c>s32</c>, <c>s33</c>, <c>sme-vcse</c> or an OCDS code; null when it is none of them.</summary>
    public static Reservation? Parse(string? text) => text?.Trim() switch
    {
        "s32" or "shelteredWorkshop" => Reservation.SupportedEmployment,
        "s33" or "publicServiceMissionOrganization" => Reservation.PublicServiceMutual,
        "sme-vcse" or "smeVcse" => Reservation.SmeVcse,
        _ => null,
    };

    /// <summary>The reservations an OCDS <c>reservedParticipation</c> list (comma-separated, as the store keeps it) names.</summary>
    public static IReadOnlyList<Reservation> FromOcds(string? codes) =>
        codes is null ? [] : [.. codes.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Parse).OfType<Reservation>().Distinct()];
}
