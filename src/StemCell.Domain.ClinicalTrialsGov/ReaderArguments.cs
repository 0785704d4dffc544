using System.Runtime.CompilerServices;

namespace StemCell.Domain.ClinicalTrialsGov;

/// <summary>The argument checks every reader of the package makes, with the BCL's exceptions and the caller's parameter names.</summary>
internal static class ReaderArguments
{
    /// <summary>Checks that a stream is given and can be read, and that the input has a name.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> or <paramref name="sourceName"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="stream"/> cannot be read.</exception>
    internal static void CheckReadable(
        Stream stream,
        string sourceName,
        [CallerArgumentExpression(nameof(stream))] string? streamName = null,
        [CallerArgumentExpression(nameof(sourceName))] string? sourceNameName = null)
    {
        ArgumentNullException.ThrowIfNull(stream, streamName);
        ArgumentNullException.ThrowIfNull(sourceName, sourceNameName);
        if (!stream.CanRead)
        {
            throw new ArgumentException("The stream cannot be read.", streamName);
        }
    }
}
