/**
 * The business calendar: the company's zone, office hours, holidays and worked weekend days that
 * ADMIN keeps, and the working time every deadline, "today" and timer counts with (the engine
 * reads it through workflow's WorkingTimeCalendar).
 */
package accord.calendar;
