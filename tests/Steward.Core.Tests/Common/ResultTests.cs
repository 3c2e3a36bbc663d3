using Steward.Core.Common;

namespace Steward.Core.Tests.Common;

public sealed class ResultTests
{
    [Fact]
    public void Value_OnFailure_Throws()
    {
        // Arrange
        Result<int> result = new Error("SOMETHING_WRONG", "It went wrong.");

        // Act
        var thrown = Assert.Throws<InvalidOperationException>(() => result.Value);

        // Assert
        Assert.False(result.IsSuccess);
        Assert.Contains("SOMETHING_WRONG", thrown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Value_OnSuccess_ReturnsIt()
    {
        // Arrange
        Result<string> result = "ok";

        // Act
        var value = result.Value;

        // Assert
        Assert.True(result.IsSuccess);
        Assert.Null(result.Error);
        Assert.Equal("ok", value);
    }
}
