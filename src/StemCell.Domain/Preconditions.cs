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

    internal static void CheckArgumentRange<T>([DoesNotReturnIf(false)] bool expectation, string paramName, T actualValue, string message)
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

        // A default ImmutableArray boxed as IEnumerable<T> is "no elements", not a crash on Length.
        var array = items is ImmutableArray<T> immutable ? (immutable.IsDefault ? [] : immutable) : [.. items];
        for (var i = 0; i < array.Length; i++)
        {
            if (array[i] is null)
            {
                throw new ArgumentException($"Element {i} is null; null elements are not allowed.", paramName);
            }
        }

        return array;
    }

    /// <summary>Copies a caller's sequence into an immutable array, rejecting nulls and any element that repeats an earlier one.</summary>
    internal static ImmutableArray<T> CheckElementsDistinct<T>(IEnumerable<T>? items, [CallerArgumentExpression(nameof(items))] string? paramName = null)
        where T : class
    {
        var array = CheckElementsNotNull(items, paramName);
        for (var i = 1; i < array.Length; i++)
        {
            for (var first = 0; first < i; first++)
            {
                if (EqualityComparer<T>.Default.Equals(array[first], array[i]))
                {
                    throw new ArgumentException($"Element {i} ('{array[i]}') repeats element {first}; each value may appear only once.", paramName);
                }
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

    /// <summary>
    /// Throws <see cref="ArgumentException"/> with a rule's message when the rule found a problem. Rules return
    /// their message (or null) so the throwing constructors and the problem-returning try paths share one check.
    /// </summary>
    internal static void CheckRule(string? problem, string paramName)
    {
        if (problem is not null)
        {
            throw new ArgumentException(problem, paramName);
        }
    }

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> with a rule's message when the rule found a problem.</summary>
    internal static void CheckRuleRange<T>(string? problem, string paramName, T actualValue)
    {
        if (problem is not null)
        {
            throw new ArgumentOutOfRangeException(paramName, actualValue, problem);
        }
    }

    /// <summary>Checks that an argument is a slug: the lower-kebab-case identifier every dataset id is.</summary>
    internal static string CheckSlug([NotNull] string? argument, [CallerArgumentExpression(nameof(argument))] string? paramName = null)
    {
        ArgumentNullException.ThrowIfNull(argument, paramName);
        CheckRule(Slug.Problem(argument), paramName!);
        return argument;
    }

    /// <summary>Copies a caller's sequence of ids into an immutable array, rejecting nulls and anything that is not a slug.</summary>
    internal static ImmutableArray<string> CheckElementsAreSlugs(IEnumerable<string>? items, [CallerArgumentExpression(nameof(items))] string? paramName = null)
    {
        var array = CheckElementsNotNull(items, paramName);
        for (var i = 0; i < array.Length; i++)
        {
            if (Slug.Problem(array[i]) is { } problem)
            {
                throw new ArgumentException($"Element {i}: {problem}", paramName);
            }
        }

        return array;
    }

    internal static int? CheckNullOrPositive(int? argument, [CallerArgumentExpression(nameof(argument))] string? paramName = null)
    {
        if (argument is <= 0)
        {
            throw new ArgumentOutOfRangeException(paramName, argument, "Value must be positive when given.");
        }

        return argument;
    }
}
