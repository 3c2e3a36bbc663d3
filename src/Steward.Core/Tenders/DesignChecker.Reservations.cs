using Steward.Core.Suppliers;

namespace Steward.Core.Tenders;

/// <summary>A reserved lot's reservation must be one the law allows for its procedure, CPV, term and value.</summary>
public static partial class DesignChecker
{
    private static void Reservations(TenderDesign design, DesignLot lot, string path, DesignCheckSettings settings, List<DesignFinding> findings)
    {
        if (lot.Reservation is not { } reservation)
        {
            return;
        }

        if (reservation != Reservation.SmeVcse && design.Procedure is { } procedure && procedure != Procedure.CompetitiveFlexible)
        {
            Error(findings, "RESERVATION_PROCEDURE", path + ".reservedParticipation",
                $"Lot {lot.Id} is reserved under {(reservation == Reservation.SupportedEmployment ? "s.32" : "s.33")}, which only a competitive flexible procedure may do, but the procedure is {Name(procedure)}.",
                reservation == Reservation.SupportedEmployment ? "PA 2023 s.32(1)" : "PA 2023 s.33(2)");
        }

        var reserved = ReservedLotOf(design, lot, settings)!;
        foreach (var reason in LotTests.Check(reserved, settings.Rules))
        {
            if (reason.Outcome == Verdict.False)
            {
                Error(findings, "RESERVATION_NOT_ALLOWED", path + ".reservedParticipation", $"Lot {lot.Id} cannot be reserved: {reason.Text}", reason.Reference);
            }
            else if (reason.Outcome == Verdict.Unknown)
            {
                Warning(findings, "RESERVATION_UNCHECKED", path + ".reservedParticipation", $"Lot {lot.Id}'s reservation could not be checked: {reason.Text}", reason.Reference);
            }
        }
    }

    /// <summary>
    /// The lot as the register's reservation rules see it (LotTests, ReservedLotEligibility): its reservation, buyer,
    /// CPV, term and whether it is above the Sch. 1 threshold, with the award expected at the deadline; null when the
    /// lot is open to all.
    /// </summary>
    public static ReservedLot? ReservedLotOf(TenderDesign design, DesignLot lot, DesignCheckSettings settings)
    {
        ArgumentNullException.ThrowIfNull(design);
        ArgumentNullException.ThrowIfNull(lot);
        ArgumentNullException.ThrowIfNull(settings);
        return lot.Reservation is not { } reservation ? null : new ReservedLot
        {
            Reservation = reservation,
            BuyerId = design.Buyer.Id,
            Cpv = lot.Cpv.Count > 0 ? lot.Cpv : design.Cpv,
            AwardDate = design.TenderEnd ?? settings.Today,
            TermStart = lot.ContractStart,
            TermEnd = lot.ContractEnd,
            AboveThreshold = AboveThreshold(design, lot.Value ?? design.Value, settings),
        };
    }

    private static string Name(Procedure procedure) => procedure switch
    {
        Procedure.Open => "open",
        Procedure.CompetitiveFlexible => "competitive flexible",
        Procedure.DirectAward => "direct award",
        _ => "a call-off",
    };
}
