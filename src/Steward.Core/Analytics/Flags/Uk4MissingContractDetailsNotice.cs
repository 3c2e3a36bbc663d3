namespace Steward.Core.Analytics.Flags;

/// <summary>
/// UK4: a contract award notice (UK6) with no contract details notice (UK7) within the statutory time: 30 days
/// after the contract was entered into (PA 2023 s.53(1)). When the signing date is not published, the contract is
/// taken as entered into at the end of the standstill period (s.51: 8 working days, taken as 10 calendar days).
/// Only notices already due by the latest date the store holds are judged, so recent awards are not flagged early.
/// Light-touch contracts have 120 days (s.53(1)); Steward cannot yet tell them apart.
/// </summary>
public sealed class Uk4MissingContractDetailsNotice(FlagSettings settings) : Indicator(settings)
{
    private readonly List<(ProcessSubject Process, DateTime Due, DateTime? Published, bool Signed)> _pending = [];
    private DateTime _horizon = DateTime.MinValue;

    public override string Code => "UK4";

    public override string Name => "Award notice without a contract details notice in time";

    protected override string Rule =>
        $"a UK6 notice and no UK7 published within {Settings.UkContractDetailsDays} days of the contract's dateSigned (else of the UK6 date + {Settings.UkStandstillDays} days' standstill), " +
        "judged only when that date is before the latest date in the store; PA 2023 s.53(1)";

    public override void Observe(ProcessView process)
    {
        if (process.Date is { } date && date > _horizon)
        {
            _horizon = date;
        }

        var awardNotice = process.Notices.Where(n => n.NoticeType == "UK6" && n.DatePublished is not null).MinBy(n => n.DatePublished);
        if (awardNotice is null)
        {
            return;
        }

        Eligible++;
        var signed = process.Contracts.Select(c => c.DateSigned).OfType<DateTime>().Order().Cast<DateTime?>().FirstOrDefault();
        var entered = signed ?? awardNotice.DatePublished!.Value.AddDays(Settings.UkStandstillDays);
        var details = process.Notices.Where(n => n.NoticeType == "UK7" && n.DatePublished is not null).Min(n => n.DatePublished);
        _pending.Add((ProcessSubject.Of(process), entered.AddDays(Settings.UkContractDetailsDays), details, signed is not null));
    }

    protected override void Complete()
    {
        foreach (var (process, due, published, signed) in _pending)
        {
            if (due > _horizon)
            {
                continue;
            }

            WithData++;
            if (published is { } on && on <= due)
            {
                continue;
            }

            var basis = signed ? "the contract was signed" : "the award notice plus standstill";
            var value = ((published ?? _horizon) - due).TotalDays;
            var reason = published is { } late
                ? (FormattableString)$"contract details notice (UK7) published {late:yyyy-MM-dd}, {Math.Floor(value)} days after it was due ({due:yyyy-MM-dd}: {Settings.UkContractDetailsDays} days after {basis}); PA 2023 s.53(1)"
                : $"no contract details notice (UK7) by {_horizon:yyyy-MM-dd}, the latest date in the store; it was due by {due:yyyy-MM-dd} ({Settings.UkContractDetailsDays} days after {basis}); PA 2023 s.53(1)";
            Raise("process", process.Ocid, process.BuyerId, null, Math.Floor(value), reason);
        }
    }
}
