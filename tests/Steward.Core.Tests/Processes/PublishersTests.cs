using Steward.Core.Processes;

namespace Steward.Core.Tests.Processes;

public class PublishersTests
{
    [Theory]
    [InlineData("ocds-b5fd17raw-57d308c3", "ocds-b5fd17")]
    [InlineData("ocds-h6vhtk-065444", "ocds-h6vhtk")]
    [InlineData("ocds-t-1", "ocds")]
    public void Prefix_IsTheRegisteredPart(string ocid, string prefix) => Assert.Equal(prefix, Publishers.Prefix(ocid));

    [Theory]
    [InlineData("ocds-h6vhtk", null, false)]
    [InlineData("ocds-43qwtd", "GB", true)]
    [InlineData("ocds-zzzzzz", null, false)]
    [InlineData("ocds-zzzzzz", "United Kingdom", false)]
    [InlineData("ocds-zzzzzz", "Australia", true)]
    public void IsOutsideUk_KnownPublishersByName_OthersByTheirBuyersCountry(string prefix, string? country, bool outside) =>
        Assert.Equal(outside, Publishers.IsOutsideUk(prefix, country));
}
