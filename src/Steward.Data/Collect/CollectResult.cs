namespace Steward.Data.Collect;

/// <summary>What a collector run fetched and stored.</summary>
public sealed record CollectResult(int Pages, long New, long Changed, long Skipped, long Records)
{
    public CollectResult Add(Ingest.ImportResult page) =>
        new(Pages + 1, New + page.New, Changed + page.Changed, Skipped + page.Skipped, Records + page.Records);
}
