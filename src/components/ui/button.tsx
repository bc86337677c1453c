import type { ComponentProps } from 'react'

/**
 * The looks a button comes in. `primary` is the one thing to do next (Compare, Copy), `secondary` any
 * other action, `strong` the action of an error or crash notice, `link` an action that reads as text.
 */
export type ButtonVariant = 'primary' | 'secondary' | 'strong' | 'link'
/** Padding (and weight) only: text size follows the surrounding text unless the caller sets it. */
export type ButtonSize = 'xs' | 'sm' | 'md' | 'lg'

const VARIANTS: Record<ButtonVariant, string> = {
  primary:
    'rounded-md bg-sky-800 text-white shadow-sm hover:bg-sky-900 disabled:cursor-not-allowed disabled:bg-stone-400',
  secondary:
    'rounded-md border border-stone-300 bg-white text-stone-800 shadow-xs hover:bg-stone-100 disabled:opacity-50',
  strong: 'rounded-md bg-stone-900 text-white hover:bg-stone-700',
  link: 'rounded-sm text-sky-800 underline underline-offset-2 hover:text-sky-950',
}

const SIZES: Record<ButtonSize, string> = {
  xs: 'px-2 py-0.5 font-medium',
  sm: 'px-2.5 py-1 font-medium',
  md: 'px-3 py-1.5 font-medium',
  lg: 'px-4 py-1.5 font-semibold',
}

/**
 * The classes of a button's look, without its focus ring: for a label or link that looks like a button
 * (add `focus-ring`, or `focus-ring-within` on a label around a hidden input). A `link` has no size.
 */
export function buttonClass(variant: ButtonVariant, size: ButtonSize = 'md'): string {
  return variant === 'link' ? VARIANTS.link : `${VARIANTS[variant]} ${SIZES[size]}`
}

/** A link in the masthead, beside the app's name (which is set in small capitals). */
export const MASTHEAD_LINK = `${VARIANTS.link} text-sm font-medium tracking-normal normal-case focus-ring`

interface ButtonProps extends ComponentProps<'button'> {
  variant?: ButtonVariant
  size?: ButtonSize
}

/**
 * A button in one of the shared looks, with the shared focus ring; `className` adds layout (margins,
 * alignment, text size), not colours. `type` defaults to "button": a form is submitted on purpose only.
 */
export function Button({ variant = 'secondary', size = 'md', className, ...props }: ButtonProps) {
  const look = `${buttonClass(variant, size)} focus-ring`
  return <button type="button" {...props} className={className ? `${look} ${className}` : look} />
}
