/** Panache repositories: the queries behind the API's lists, newest first. */
package io.flarewatch.api.repository;
