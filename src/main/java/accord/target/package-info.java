/**
 * Sales targets set top-down (issue 20): the sales director sets the year's company targets and
 * splits the additive ones into the sales managers' shares; each sales manager splits their share
 * into their team members' quarters. Each level sees whether the parts add up to the whole; a
 * breakdown that leaves more than the tolerance unassigned needs a reason, and so does any change
 * once the year has begun. Every change is kept with who, when and why. Account targets (the key
 * accounts' quarterly figures) roll up to their account manager beside their own targets.
 */
package accord.target;
