using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace StemCell.Domain;

/// <summary>
/// The one place argument checks live. Every check throws the ordinary BCL exception
/// (<see cref="ArgumentNullException"/>, <see cref="ArgumentException"/>, <see cref="ArgumentOutOfRangeException"/>)
/// naming the parameter, so callers see the same shape of error from every constructor and factory.
/// </summary>
internal static class Preconditions
{
    internal static T CheckNotNull<T>([NotNull] T? argument, [CallerArgumentExpression(nameof(argument))] string? paramName = null)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(argument, paramName);
        return argument;
    }

    internal static string CheckNotBlank([NotNull] string? argument, [CallerArgumentExpression(nameof(argument))] string? paramName = null)
    {
        ArgumentNullException.ThrowIfNull(argument, paramName);
        if (string.IsNullOrWhiteSpace(argument))
        {
            throw new ArgumentException("Value must not be empty or white space.", paramName);
        }

        if (argument.Length != argument.Trim().Length)
        {
            throw new ArgumentException("Value must not start or end with white space.", paramName);
        }

        return argument;
    }

    internal static string? CheckNullOrNotBlank(string? argument, [CallerArgumentExpression(nameof(argument))] string? paramName = null) =>
        argument is null ? null : CheckNotBlank(argument, paramName);

    internal static void CheckArgument([DoesNotReturnIf(false)] bool expectation, string paramName, string message)
    {
        if (!expectation)
        {
            throw new ArgumentException(message, paramName);
        }
    }

    internal static void CheckArgumentRange([DoesNotReturnIf(false)] bool expectation, string paramName, object? actualValue, string message)
    {
        if (!expectation)
        {
            throw new ArgumentOutOfRangeException(paramName, actualValue, message);
        }
    }

    /// <summary>
    /// Copies a caller's sequence into an immutable array, rejecting null elements, so a model object never
    /// shares mutable state with its caller.
    /// </summary>
    internal static ImmutableArray<T> CheckElementsNotNull<T>(IEnumerable<T>? items, [CallerArgumentExpression(nameof(items))] string? paramName = null)
        where T : class
    {
        if (items is null)
        {
            return [];
        }

        var array = items is ImmutableArray<T> immutable ? immutable : [.. items];
        for (var i = 0; i < array.Length; i++)
        {
            if (array[i] is null)
            {
                throw new ArgumentException($"Element {i} is null; null elements are not allowed.", paramName);
            }
        }

        return array;
    }

    internal static ImmutableArray<string> CheckElementsNotBlank(IEnumerable<string>? items, [CallerArgumentExpression(nameof(items))] string? paramName = null)
    {
        var array = CheckElementsNotNull(items, paramName);
        for (var i = 0; i < array.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(array[i]) || array[i].Length != array[i].Trim().Length)
            {
                throw new ArgumentException($"Element {i} is empty or has leading or trailing white space.", paramName);
            }
        }

        return array;
    }
}
