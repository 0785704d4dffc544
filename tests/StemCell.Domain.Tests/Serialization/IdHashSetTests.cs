using StemCell.Domain.Serialization;

namespace StemCell.Domain.Tests.Serialization;

public class IdHashSetTests
{
    [Fact]
    public void Add_ManyHashesThroughSeveralGrowths_RemembersEveryOneAndOnlyThose()
    {
        var set = new IdHashSet();
        var hashes = Enumerable.Range(0, 20_000).Select(i => unchecked((ulong)i * 0x9E3779B97F4A7C15UL)).ToList();

        Assert.All(hashes, hash => Assert.True(set.Add(hash), $"{hash} was new"));
        Assert.All(hashes, hash => Assert.False(set.Add(hash), $"{hash} was seen"));
        Assert.True(set.Add(unchecked(0x9E3779B97F4A7C15UL * 20_000)));
    }

    [Fact]
    public void Add_HashesThatShareTheirLowBits_AreToldApart()
    {
        var set = new IdHashSet();

        // Every one of these lands on the same first slot, so each is found by probing past the others.
        Assert.All(Enumerable.Range(1, 100), i => Assert.True(set.Add((ulong)i << 40)));
        Assert.All(Enumerable.Range(1, 100), i => Assert.False(set.Add((ulong)i << 40)));
    }

    [Fact]
    public void Add_Zero_IsRememberedLikeAnyOtherHash()
    {
        var set = new IdHashSet();

        Assert.True(set.Add(0));
        Assert.False(set.Add(0));
        Assert.True(set.Add(1));
    }
}
