using System.Text;

namespace StemCell.Domain.Tests.TestSupport;

/// <summary>
/// Compares a generated file with its checked-in copy byte for byte or, when
/// <see cref="RepositoryFiles.UpdateSnapshotsVariable"/> is <c>1</c>, rewrites the copy instead.
/// </summary>
internal static class CheckedInSnapshot
{
    /// <summary>Asserts that the checked-in file is exactly what the library generates now, or rewrites it in update mode.</summary>
    /// <param name="path">The checked-in file.</param>
    /// <param name="generated">What the library generates now.</param>
    /// <param name="testFilter">The <c>dotnet test --filter</c> value that runs the calling test, for the failure message.</param>
    internal static void AssertCurrent(string path, byte[] generated, string testFilter)
    {
        if (RepositoryFiles.UpdateSnapshots)
        {
            File.WriteAllBytes(path, generated);
            return;
        }

        var regenerate = $"`{RepositoryFiles.UpdateSnapshotsVariable}=1 dotnet test tests/StemCell.Domain.Tests --filter {testFilter}`";
        Assert.True(File.Exists(path), $"{path} is missing. Create it with {regenerate}.");
        var checkedIn = File.ReadAllBytes(path);
        if (!checkedIn.AsSpan().SequenceEqual(generated))
        {
            Assert.Fail(
                $"{path} differs from what the library generates now ({FirstDifference(checkedIn, generated)}). If the change is "
                + $"deliberate, regenerate it with {regenerate} and review the diff before committing it; never edit it by hand.");
        }
    }

    private static string FirstDifference(byte[] checkedIn, byte[] generated)
    {
        var checkedInLines = Encoding.UTF8.GetString(checkedIn).Split('\n');
        var generatedLines = Encoding.UTF8.GetString(generated).Split('\n');
        for (var i = 0; i < Math.Max(checkedInLines.Length, generatedLines.Length); i++)
        {
            var c = i < checkedInLines.Length ? checkedInLines[i] : "<end of file>";
            var g = i < generatedLines.Length ? generatedLines[i] : "<end of file>";
            if (c != g)
            {
                return $"first at line {i + 1}: checked in `{c.Trim()}`, now `{g.Trim()}`";
            }
        }

        return "the lines match but the bytes differ, so line endings or encoding differ";
    }
}
