using LocalGov.Platform.PersonalData;

namespace LocalGov.Platform.Tests.PersonalData;

/// <summary>Claim codes: random, from the unambiguous alphabet, forgiving of how they are typed, compared exactly.</summary>
public sealed class ClaimCodeTests
{
    [Fact]
    public void NewCodes_AreTenCharactersOfTheAlphabet_AndDiffer()
    {
        var codes = Enumerable.Range(0, 2000).Select(_ => ClaimCode.New()).ToList();

        Assert.All(codes, c => Assert.Matches("^[" + ClaimCode.Alphabet + "]{10}$", c));
        Assert.Equal(codes.Count, codes.Distinct(StringComparer.Ordinal).Count());
        // every character of the alphabet is used, so the codes are not drawn from a smaller set
        Assert.Equal(ClaimCode.Alphabet.Length, codes.SelectMany(c => c).Distinct().Count());
    }

    [Theory]
    [InlineData("K7QX3-M4TRW", "K7QX3M4TRW")]
    [InlineData(" k7qx3 m4trw ", "K7QX3M4TRW")]
    [InlineData("K7QX3M4TRW", "K7QX3M4TRW")]
    public void TypedCodes_AreNormalized(string typed, string expected) => Assert.Equal(expected, ClaimCode.Normalize(typed));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("K7QX3-M4TR")] // nine
    [InlineData("K7QX3-M4TRWA")] // eleven
    [InlineData("K7QX3-M4TR0")] // 0 is not in the alphabet (O neither)
    [InlineData("K7QX3-M4TRI")]
    [InlineData("BIL-2570-000042")]
    [InlineData("K7QX3-M4TRW-K7QX3-M4TRW-K7")]
    public void WhatCannotBeACode_IsNull(string? typed) => Assert.Null(ClaimCode.Normalize(typed));

    [Fact]
    public void Problems_SayWhatIsWrong()
    {
        Assert.Same(ClaimCode.Missing, ClaimCode.Problem("  "));
        Assert.Same(ClaimCode.Malformed, ClaimCode.Problem("12345"));
        Assert.Null(ClaimCode.Problem("k7qx3-m4trw"));
    }

    [Fact]
    public void Matches_OnlyTheSameFullCode()
    {
        Assert.True(ClaimCode.Matches("K7QX3M4TRW", "K7QX3M4TRW"));
        Assert.False(ClaimCode.Matches("K7QX3M4TRW", "K7QX3M4TRX"));
        Assert.False(ClaimCode.Matches("", ""));
        Assert.False(ClaimCode.Matches(null, null));
        Assert.False(ClaimCode.Matches("K7QX3M4TRW", "K7QX3"));
        Assert.False(ClaimCode.Matches("K7QX3M4TRWXX", "K7QX3M4TRW"));
    }

    [Fact]
    public void Format_GroupsByFive() => Assert.Equal("K7QX3-M4TRW", ClaimCode.Format("K7QX3M4TRW"));
}
